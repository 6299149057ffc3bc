package com.mewayz.api.web;

import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;

/**
 * A workflow update refused by its validator or its handler, as a 409 whose message is the
 * workflow's own reason (the innermost cause) rather than Temporal's wrapper text.
 */
public final class UpdateRejections {
  private UpdateRejections() {}

  public static ApiException conflict(WorkflowUpdateException e, String fallback) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message =
        cause instanceof ApplicationFailure app ? app.getOriginalMessage() : cause.getMessage();
    return ApiException.conflict(message == null ? fallback : message);
  }
}
