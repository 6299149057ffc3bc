package com.mewayz.workflows.bookings;

import java.util.List;

/**
 * What {@link BookingReminderWorkflow#progress()} answers. Fields may be added, never removed or
 * renamed.
 *
 * @param followUpAtMillis when the follow-up goes out
 */
public record BookingProgress(
    BookingStatus status,
    long startAtMillis,
    long endAtMillis,
    int sequence,
    List<ReminderState> reminders,
    long followUpAtMillis) {

  /**
   * One reminder of the booking's current time.
   *
   * @param state PENDING (its timer runs), SENT, or SKIPPED (its moment had passed when the booking
   *     was made or moved, so it is not sent late)
   */
  public record ReminderState(int offsetMinutes, long dueAtMillis, String state) {}
}
