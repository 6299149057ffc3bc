package com.mewayz.workflows.crm;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface ContactImportActivities {
  /**
   * Imports one chunk of rows: creates or updates each contact by email and records each rejected
   * row with its reason. Safe to repeat: contacts are upserted by email, rejections keyed by line,
   * and a chunk already imported answers its first result.
   */
  ChunkResult importChunk(String importId, int chunkIndex);

  /** Marks the import COMPLETED or CANCELLED. */
  void finish(String importId, String status);
}
