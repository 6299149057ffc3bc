package com.mewayz.workflows.courses;

/** When a module of a course is released to a student. */
public enum ReleaseRuleType {
  /** At enrolment. */
  IMMEDIATE,
  /** {@code days} after the enrolment's local date, at a local time of day (09:00 by default). */
  DAYS_AFTER_ENROLLMENT,
  /** On a local date and time, read in the student's time zone. */
  FIXED_DATE,
  /** Once the student completed every lesson of the module before it. */
  AFTER_PREVIOUS_COMPLETED
}
