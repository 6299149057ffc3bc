package com.mewayz.domain.automations;

import java.time.Instant;

/**
 * Which runs of a workspace a runs list shows; every part is optional. {@code startedAfter} is
 * inclusive and {@code startedBefore} exclusive, so adjacent ranges never show a run twice.
 */
public record RunFilter(
    String automationId,
    String status,
    Integer version,
    Instant startedAfter,
    Instant startedBefore) {

  public static RunFilter none() {
    return new RunFilter(null, null, null, null, null);
  }
}
