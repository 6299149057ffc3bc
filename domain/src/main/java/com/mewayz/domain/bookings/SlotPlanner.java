package com.mewayz.domain.bookings;

import com.mewayz.domain.bookings.Availability.DateOverride;
import com.mewayz.domain.bookings.Availability.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The start times a service offers, computed from its availability in the host's time zone and the
 * granules its resource already has held. Pure: the same inputs give the same slots.
 *
 * <p>Each opening range of a local date becomes instants with {@link ZonedDateTime#of} (a local
 * time skipped by a daylight-saving change moves forward by the gap, a repeated one takes the
 * earlier instant), and starts are stepped in real time from the range's start, so a range across a
 * change offers exactly the minutes it lasts. The event must fit in the range; its buffers may fall
 * outside it but must not touch another booking's time.
 */
public final class SlotPlanner {
  private SlotPlanner() {}

  /**
   * The free starts in {@code [from, until)}, no earlier than {@code notBefore}, ascending.
   *
   * @param held epoch minutes of the granules other bookings hold around that period
   */
  public static List<Instant> freeSlots(
      BookableService service, Instant from, Instant until, Instant notBefore, Set<Long> held) {
    Availability availability = service.availability();
    ZoneId zone = ZoneId.of(availability.timeZone());
    Duration duration = Duration.ofMinutes(service.durationMinutes());
    Duration step = Duration.ofMinutes(service.slotStepMinutes());
    TreeSet<Instant> slots = new TreeSet<>();
    LocalDate last = until.atZone(zone).toLocalDate().plusDays(1);
    for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(1);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      for (TimeRange range : hoursOf(availability, date)) {
        Instant open = at(date, range.start(), zone);
        Instant close = at(date, range.end(), zone);
        for (Instant start = open; !start.plus(duration).isAfter(close); start = start.plus(step)) {
          if (!start.isBefore(from)
              && start.isBefore(until)
              && !start.isBefore(notBefore)
              && isFree(service, start, held)) {
            slots.add(start);
          }
        }
      }
    }
    return List.copyOf(slots);
  }

  /** A local time of {@code date}; {@code 24:00} is the midnight that ends it. */
  static Instant at(LocalDate date, String time, ZoneId zone) {
    if (time.equals("24:00")) {
      return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return ZonedDateTime.of(date, LocalTime.parse(time), zone).toInstant();
  }

  /** Whether {@code start} is one of the service's starts by its availability alone. */
  public static boolean isOffered(BookableService service, Instant start) {
    return freeSlots(service, start, start.plusSeconds(1), start, Set.of()).contains(start);
  }

  /** The hours of a local date: its exception's when it has one, else its weekday's. */
  static List<TimeRange> hoursOf(Availability availability, LocalDate date) {
    String day = date.toString();
    for (DateOverride exception : availability.exceptions()) {
      if (exception.date().equals(day)) {
        return exception.hours() == null ? List.of() : exception.hours();
      }
    }
    return availability.weekly().stream()
        .filter(hours -> hours.day() == date.getDayOfWeek())
        .map(hours -> new TimeRange(hours.start(), hours.end()))
        .toList();
  }

  private static boolean isFree(BookableService service, Instant start, Set<Long> held) {
    if (held.isEmpty()) {
      return true;
    }
    Instant from = start.minus(Duration.ofMinutes(service.bufferBeforeMinutes()));
    Instant until =
        start.plus(
            Duration.ofMinutes(service.durationMinutes() + (long) service.bufferAfterMinutes()));
    return TimeClaims.granules(from, until).stream().noneMatch(held::contains);
  }
}
