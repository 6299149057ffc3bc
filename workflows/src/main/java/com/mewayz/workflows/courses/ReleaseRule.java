package com.mewayz.workflows.courses;

/**
 * How a module is released, as the creator set it. Times and dates are local: they are read in each
 * student's own time zone. Stored on the course and read by the drip workflow; fields may be added,
 * never removed or renamed: recorded histories carry them.
 *
 * @param days for {@link ReleaseRuleType#DAYS_AFTER_ENROLLMENT}: whole days after the enrolment's
 *     local date (0 is the day of enrolment)
 * @param time for {@link ReleaseRuleType#DAYS_AFTER_ENROLLMENT} and {@link
 *     ReleaseRuleType#FIXED_DATE}: the local time of day, {@code HH:mm}
 * @param date for {@link ReleaseRuleType#FIXED_DATE}: the local date, {@code yyyy-MM-dd}
 */
public record ReleaseRule(ReleaseRuleType type, Integer days, String time, String date) {
  /** The time of day a timed release happens at when the creator names none. */
  public static final String DEFAULT_TIME = "09:00";

  public static ReleaseRule immediate() {
    return new ReleaseRule(ReleaseRuleType.IMMEDIATE, null, null, null);
  }

  public static ReleaseRule daysAfterEnrollment(int days, String time) {
    return new ReleaseRule(ReleaseRuleType.DAYS_AFTER_ENROLLMENT, days, time, null);
  }

  public static ReleaseRule fixedDate(String date, String time) {
    return new ReleaseRule(ReleaseRuleType.FIXED_DATE, null, time, date);
  }

  public static ReleaseRule afterPreviousCompleted() {
    return new ReleaseRule(ReleaseRuleType.AFTER_PREVIOUS_COMPLETED, null, null, null);
  }
}
