package com.mewayz.workflows.automations;

/** Port names with a meaning to the interpreter. */
public final class Ports {
  public static final String OUT = "out";
  public static final String ERROR = "error";
  public static final String TRUE = "true";
  public static final String FALSE = "false";
  public static final String TIMEOUT = "timeout";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final String ITEM = "item";
  public static final String DONE = "done";
  public static final String DEFAULT = "default";

  private Ports() {}
}
