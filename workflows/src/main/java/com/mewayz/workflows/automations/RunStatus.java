package com.mewayz.workflows.automations;

/** Status of a run as owners see it. */
public final class RunStatus {
  public static final String RUNNING = "RUNNING";
  public static final String WAITING = "WAITING";
  public static final String COMPLETED = "COMPLETED";
  public static final String FAILED = "FAILED";
  public static final String CANCELLED = "CANCELLED";

  private RunStatus() {}

  public static boolean isFinal(String status) {
    return COMPLETED.equals(status) || FAILED.equals(status) || CANCELLED.equals(status);
  }
}
