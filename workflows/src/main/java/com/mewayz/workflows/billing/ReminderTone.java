package com.mewayz.workflows.billing;

/** How a dunning reminder speaks: the first is friendly, the last a final notice, the rest firm. */
public enum ReminderTone {
  FRIENDLY,
  FIRM,
  FINAL;

  /** The tone of rung {@code index} (from 0) of a ladder of {@code rungs}. */
  public static ReminderTone of(int index, int rungs) {
    if (index == rungs - 1) {
      return FINAL;
    }
    return index == 0 ? FRIENDLY : FIRM;
  }
}
