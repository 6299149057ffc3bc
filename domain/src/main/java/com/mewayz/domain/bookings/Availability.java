package com.mewayz.domain.bookings;

import java.time.DayOfWeek;
import java.util.List;

/**
 * When a service can be booked: weekly opening hours and dated exceptions, all read in {@code
 * timeZone} (the host's IANA zone). An exception replaces the weekly hours of its date; an
 * exception without hours closes the day.
 */
public record Availability(
    String timeZone, List<WeeklyHours> weekly, List<DateOverride> exceptions) {

  /**
   * {@code start} and {@code end} are local times {@code HH:mm}, {@code end} after {@code start}.
   */
  public record WeeklyHours(DayOfWeek day, String start, String end) {}

  /** {@code date} is {@code yyyy-MM-dd}; no hours means closed that day. */
  public record DateOverride(String date, List<TimeRange> hours) {}

  public record TimeRange(String start, String end) {}

  /** Monday to Friday, 09:00 to 17:00, for a service created without hours. */
  public static Availability officeHours(String timeZone) {
    return new Availability(
        timeZone,
        List.of(DayOfWeek.values()).subList(0, 5).stream()
            .map(day -> new WeeklyHours(day, "09:00", "17:00"))
            .toList(),
        List.of());
  }
}
