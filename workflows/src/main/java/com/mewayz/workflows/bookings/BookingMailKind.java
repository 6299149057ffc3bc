package com.mewayz.workflows.bookings;

/** The mails of a booking besides its reminders. */
public enum BookingMailKind {
  /** At booking: the details and an invitation (ICS, METHOD:REQUEST). */
  CONFIRMATION,
  /** After a reschedule: the new time and the updated invitation (a higher SEQUENCE). */
  RESCHEDULED,
  /** After a cancellation: the invitation withdrawn (ICS, METHOD:CANCEL). */
  CANCELLED,
  /** After the event: thanks, and a link to book again. */
  FOLLOW_UP
}
