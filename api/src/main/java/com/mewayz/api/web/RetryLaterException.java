package com.mewayz.api.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the client should retry after a while: {@link #retryAfterSeconds()} goes into the
 * Retry-After header.
 */
public class RetryLaterException extends ApiException {
  private final long retryAfterSeconds;

  public RetryLaterException(
      HttpStatus status, String error, String message, long retryAfterSeconds) {
    super(status, error, message, Map.of());
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The platform is taking all the work it can right now (503). */
  public static RetryLaterException busy(String message, long retryAfterSeconds) {
    return new RetryLaterException(
        HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable", message, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
