package com.mewayz.workflows.bookings;

/**
 * A booking moved to another time, as the API already recorded it (the new time claimed, the record
 * updated). Fields may be added, never removed or renamed.
 *
 * @param sequence the invitation's new calendar SEQUENCE
 */
public record Reschedule(long startAtMillis, long endAtMillis, int sequence) {}
