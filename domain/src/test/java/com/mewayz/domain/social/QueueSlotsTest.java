package com.mewayz.domain.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueSlotsTest {
  private static final SocialQueue MON_WED_FRI_PARIS =
      new SocialQueue(
          "ws-1",
          "Europe/Paris",
          List.of(
              new SocialQueue.Slot(DayOfWeek.FRIDAY, "09:00"),
              new SocialQueue.Slot(DayOfWeek.MONDAY, "09:00"),
              new SocialQueue.Slot(DayOfWeek.WEDNESDAY, "09:00"),
              new SocialQueue.Slot(DayOfWeek.WEDNESDAY, "17:30")),
          Instant.EPOCH);

  @Test
  void slotsFollowInOrderFromTheNextOneOnTheWorkspacesWallClock() {
    // Wednesday 25 March 2026, 10:00 in Paris (09:00 UTC): that day's 09:00 is past.
    Instant now = Instant.parse("2026-03-25T09:00:00Z");

    assertThat(QueueSlots.after(MON_WED_FRI_PARIS, now).subList(0, 4))
        .containsExactly(
            Instant.parse("2026-03-25T16:30:00Z"),
            Instant.parse("2026-03-27T08:00:00Z"),
            // Paris moves to summer time on 29 March: 09:00 is 07:00 UTC from then on.
            Instant.parse("2026-03-30T07:00:00Z"),
            Instant.parse("2026-04-01T07:00:00Z"));
  }

  @Test
  void aSlotExactlyNowIsNotFreeAnyMoreAndTheQueueLooksAYearAhead() {
    Instant mondayNine = Instant.parse("2026-03-30T07:00:00Z");

    List<Instant> slots = QueueSlots.after(MON_WED_FRI_PARIS, mondayNine);

    assertThat(slots.get(0)).isEqualTo(Instant.parse("2026-04-01T07:00:00Z"));
    assertThat(slots).hasSizeBetween(4 * 52, 4 * 53);
  }
}
