package com.mewayz.activities.social;

import java.time.Duration;

/**
 * The platform answered a publish without taking the post. The message is the platform's own
 * explanation, never the request (which carries the token).
 */
public class PublishRefused extends RuntimeException {
  /** Why, as far as retrying is concerned. */
  public enum Reason {
    /** 429: try again after {@link #retryAfter()} (null when the platform named no time). */
    RATE_LIMITED,
    /** 5xx: the platform is in trouble; try again later. */
    UNAVAILABLE,
    /** 401: the token is expired or revoked. */
    UNAUTHORIZED,
    /** The same text was published on the account recently (X 403, LinkedIn 422). */
    DUPLICATE,
    /** Any other 4xx: the request will never be taken as it is. */
    REJECTED
  }

  private final Reason reason;
  private final int status;
  private final Duration retryAfter;
  private final String duplicateOf;

  public PublishRefused(
      Reason reason, int status, String message, Duration retryAfter, String duplicateOf) {
    super(message);
    this.reason = reason;
    this.status = status;
    this.retryAfter = retryAfter;
    this.duplicateOf = duplicateOf;
  }

  public Reason reason() {
    return reason;
  }

  public int status() {
    return status;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** For a duplicate, the platform's id of the earlier post when it names it (LinkedIn does). */
  public String duplicateOf() {
    return duplicateOf;
  }
}
