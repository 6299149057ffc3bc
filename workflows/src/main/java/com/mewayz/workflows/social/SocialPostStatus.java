package com.mewayz.workflows.social;

/** Life of a scheduled post. The last four are final. */
public enum SocialPostStatus {
  /** Waiting for its publish time; can still be edited, rescheduled or cancelled. */
  SCHEDULED,
  /** Going out to its accounts. */
  PUBLISHING,
  /** Out on every account. */
  PUBLISHED,
  /** Out on some accounts, failed on others. */
  PARTIALLY_PUBLISHED,
  /** Out on none. */
  FAILED,
  /** Cancelled before its publish time. */
  CANCELLED;

  public boolean isFinal() {
    return this == PUBLISHED || this == PARTIALLY_PUBLISHED || this == FAILED || this == CANCELLED;
  }
}
