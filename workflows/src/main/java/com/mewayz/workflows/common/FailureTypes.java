package com.mewayz.workflows.common;

/** Types of non-retryable business failures, shared by workflows, activities and the API. */
public enum FailureTypes {
  /** The object the process acts on is in a state that no longer allows the step. */
  INVALID_STATE,
  /** The object the process acts on no longer exists. */
  NOT_FOUND;

  public String type() {
    return name();
  }
}
