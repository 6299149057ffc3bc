package com.mewayz.workflows.ai;

/** Where a piece of AI content is in its process. Recorded in histories: never rename one. */
public enum AiContentStatus {
  GENERATING,
  AWAITING_APPROVAL,
  PUBLISHING,
  PUBLISHED,
  /** Generation or publishing failed for good, or the regeneration limit was reached. */
  FAILED,
  /** Nobody decided within the approval window. */
  EXPIRED,
  CANCELLED;

  public boolean isFinal() {
    return this == PUBLISHED || this == FAILED || this == EXPIRED || this == CANCELLED;
  }
}
