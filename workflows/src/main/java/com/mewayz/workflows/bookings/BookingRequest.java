package com.mewayz.workflows.bookings;

import java.util.List;

/**
 * Input of {@link BookingReminderWorkflow}. Fields may be added, never removed or renamed: recorded
 * histories carry them.
 *
 * @param startAtMillis when the event starts (epoch milliseconds)
 * @param endAtMillis when it ends
 * @param sequence the calendar SEQUENCE of the invitation at booking (0)
 * @param reminderOffsetsMinutes how long before the start each reminder goes out
 * @param followUpAfterMinutes how long after the end the follow-up goes out
 * @param bookedAtMillis when the customer booked: a reminder due before this is skipped
 */
public record BookingRequest(
    String bookingId,
    String workspaceId,
    long startAtMillis,
    long endAtMillis,
    int sequence,
    List<Integer> reminderOffsetsMinutes,
    int followUpAfterMinutes,
    long bookedAtMillis) {}
