package com.mewayz.domain.social;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The instants a queue's weekly slots fall on, in its time zone: 09:00 on Mondays is 09:00 on the
 * wall clock whatever the season. A local time skipped by a daylight-saving change moves forward by
 * the gap, a repeated one takes the earlier instant, as {@link ZonedDateTime#of} does.
 */
public final class QueueSlots {
  /** How far ahead the queue looks for a free slot. */
  public static final int WEEKS_AHEAD = 52;

  private QueueSlots() {}

  /** The slot instants strictly after {@code after}, in order, for {@link #WEEKS_AHEAD} weeks. */
  public static List<Instant> after(SocialQueue queue, Instant after) {
    ZoneId zone = ZoneId.of(queue.timeZone());
    LocalDate day = after.atZone(zone).toLocalDate();
    List<Instant> instants = new ArrayList<>();
    for (int offset = 0; offset < WEEKS_AHEAD * 7 + 1; offset++) {
      LocalDate date = day.plusDays(offset);
      List<Instant> today = new ArrayList<>();
      for (SocialQueue.Slot slot : queue.slots()) {
        if (slot.day() == date.getDayOfWeek()) {
          Instant at = ZonedDateTime.of(date, LocalTime.parse(slot.time()), zone).toInstant();
          if (at.isAfter(after)) {
            today.add(at);
          }
        }
      }
      today.sort(Comparator.naturalOrder());
      today.stream().filter(at -> !instants.contains(at)).forEach(instants::add);
    }
    return instants;
  }
}
