package com.mewayz.workflows.courses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns a release rule into an instant, in the student's time zone. Pure: the same rule, zone and
 * enrolment give the same instant on every replay (the zone rules are the JDK's tz database).
 *
 * <p>A local time that does not exist on that day (skipped by a daylight-saving change) is moved
 * forward by the gap, and one that happens twice takes the earlier of the two, as {@link
 * ZonedDateTime#of} does.
 */
public final class ReleaseTimes {
  private ReleaseTimes() {}

  /**
   * When a module with {@code rule} is due, before any pause shift, or null when its release waits
   * for the previous module's completion instead of a time.
   */
  public static Long dueAtMillis(ReleaseRule rule, ZoneId zone, long enrolledAtMillis) {
    return switch (rule.type()) {
      case IMMEDIATE -> enrolledAtMillis;
      case DAYS_AFTER_ENROLLMENT -> {
        LocalDate enrolled = Instant.ofEpochMilli(enrolledAtMillis).atZone(zone).toLocalDate();
        yield at(enrolled.plusDays(rule.days() == null ? 0 : rule.days()), rule.time(), zone);
      }
      case FIXED_DATE -> at(LocalDate.parse(rule.date()), rule.time(), zone);
      case AFTER_PREVIOUS_COMPLETED -> null;
    };
  }

  /** Whether a pause shifts the rule's release: only releases counted from the enrolment do. */
  public static boolean shiftedByPause(ReleaseRule rule) {
    return rule.type() == ReleaseRuleType.DAYS_AFTER_ENROLLMENT;
  }

  private static long at(LocalDate date, String time, ZoneId zone) {
    LocalTime local = LocalTime.parse(time == null ? ReleaseRule.DEFAULT_TIME : time);
    return ZonedDateTime.of(date, local, zone).toInstant().toEpochMilli();
  }
}
