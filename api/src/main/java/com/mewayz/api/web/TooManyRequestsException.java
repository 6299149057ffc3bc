package com.mewayz.api.web;

import org.springframework.http.HttpStatus;

/** A rate limit was hit; {@link #retryAfterSeconds()} goes into the Retry-After header. */
public class TooManyRequestsException extends RetryLaterException {
  public TooManyRequestsException(long retryAfterSeconds) {
    super(
        HttpStatus.TOO_MANY_REQUESTS,
        "TooManyRequests",
        "Too many attempts; try again in " + retryAfterSeconds + " seconds",
        retryAfterSeconds);
  }
}
