package com.mewayz.workflows.automations;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Durations and moments in automation parameters. Offsets apply their date part in calendar days of
 * the time zone ({@code -P1D} before 09:00 is 09:00 the day before, even across a DST change) and
 * their time part as exact time.
 */
public final class Times {
  private Times() {}

  public static Duration duration(Object value, String field) {
    try {
      return Duration.parse(String.valueOf(value).trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          field + " must be an ISO-8601 duration such as PT30M or P2D, not '" + value + "'");
    }
  }

  /**
   * The moment {@code at} names: an instant with an offset ({@code 2026-03-29T09:00:00Z}), or a
   * local date-time or date read in {@code zone}, moved by {@code offset}.
   */
  public static Instant moment(Object at, String zone, String offset) {
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("timeZone '" + zone + "' is not a known time zone");
    }
    ZonedDateTime when = parse(String.valueOf(at).trim(), zoneId);
    return applyOffset(when, offset).toInstant();
  }

  private static ZonedDateTime parse(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(zone);
    } catch (DateTimeException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone);
      } catch (DateTimeException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay(zone);
        } catch (DateTimeException notDate) {
          throw new IllegalArgumentException(
              "at must be a date-time such as 2026-05-01T09:00 or 2026-05-01T09:00:00Z, not '"
                  + text
                  + "'");
        }
      }
    }
  }

  static ZonedDateTime applyOffset(ZonedDateTime when, String offset) {
    if (offset == null || offset.isBlank()) {
      return when;
    }
    String text = offset.trim();
    boolean negative = text.startsWith("-");
    String body = text.replaceFirst("^[-+]", "");
    if (!body.startsWith("P")) {
      throw new IllegalArgumentException(
          "offset must look like -P1D or PT2H, not '" + offset + "'");
    }
    int t = body.indexOf('T');
    String datePart = t < 0 ? body : body.substring(0, t);
    String timePart = t < 0 ? "" : "P" + body.substring(t);
    try {
      Period period = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
      Duration duration = timePart.isEmpty() ? Duration.ZERO : Duration.parse(timePart);
      return negative ? when.minus(period).minus(duration) : when.plus(period).plus(duration);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "offset must look like -P1D or PT2H, not '" + offset + "'");
    }
  }
}
