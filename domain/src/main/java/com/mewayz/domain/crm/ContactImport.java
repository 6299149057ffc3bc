package com.mewayz.domain.crm;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A CSV file of contacts being imported by its ContactImportWorkflow. The rows wait in {@link
 * ContactImportChunk}s; what each chunk did is kept on the chunk, so the totals are the sum of the
 * chunks and cannot drift from what happened.
 */
@Document("contact_imports")
@CompoundIndex(name = "by_workspace", def = "{'workspaceId': 1, 'createdAt': -1}")
public record ContactImport(
    @Id String id,
    String workspaceId,
    String fileName,
    List<String> columns,
    int totalRows,
    int chunkCount,
    String status,
    String createdBy,
    Instant createdAt,
    Instant finishedAt) {

  public static final String RUNNING = "RUNNING";
  public static final String COMPLETED = "COMPLETED";
  public static final String CANCELLED = "CANCELLED";
  public static final String FAILED = "FAILED";
}
