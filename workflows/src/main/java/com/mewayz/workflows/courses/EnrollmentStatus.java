package com.mewayz.workflows.courses;

/** Life of an enrolment. {@link #COMPLETED} and {@link #UNENROLLED} are final. */
public enum EnrollmentStatus {
  /** Modules are released on their rules. */
  ACTIVE,
  /** The creator stopped the clock: nothing is released until it resumes. */
  PAUSED,
  /** The student completed every module. */
  COMPLETED,
  /** The creator ended the enrolment: nothing more is released or mailed. */
  UNENROLLED;

  public boolean isFinal() {
    return this == COMPLETED || this == UNENROLLED;
  }
}
