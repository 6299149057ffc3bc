package com.mewayz.workflows.common;

/** Types of non-retryable business failures, shared by workflows, activities and the API. */
public enum FailureTypes {
  /** The object the process acts on is in a state that no longer allows the step. */
  INVALID_STATE,
  /** The object the process acts on no longer exists. */
  NOT_FOUND,
  /** A product of an order has less stock than the order asks for. */
  OUT_OF_STOCK,
  /** The payment method is not available (not configured) in the workspace. */
  PAYMENT_UNAVAILABLE;

  public String type() {
    return name();
  }
}
