package com.mewayz.workflows.bookings;

import io.temporal.activity.ActivityInterface;

/**
 * Side effects of a booking: mails to the customer and platform events. Every method is idempotent
 * under the key its Javadoc names, so Temporal may retry any of them. A booking that no longer
 * exists fails with {@code NOT_FOUND}, not retryable; a mail server that is down is retryable.
 */
@ActivityInterface
public interface BookingActivities {

  /**
   * Sends the booking's mail of {@code kind} for invitation {@code sequence} at most once, under
   * the mail key {@code booking:{bookingId}:{kind}:{sequence}}. Confirmation and rescheduled mails
   * carry an ICS invitation (METHOD:REQUEST), the cancellation one an ICS METHOD:CANCEL, all with
   * the UID of the booking and this SEQUENCE.
   */
  void sendMail(String bookingId, BookingMailKind kind, int sequence);

  /**
   * Sends the reminder due {@code offsetMinutes} before the start of the booking's time numbered
   * {@code sequence}, rendered in the customer's time zone with signed reschedule and cancel links,
   * at most once under the mail key {@code booking:{bookingId}:reminder:{offsetMinutes}:{sequence}}
   * (a moved booking is reminded again of its new time).
   */
  void sendReminder(String bookingId, int offsetMinutes, int sequence);

  /**
   * Emits {@code type} ({@code booking.created}, {@code booking.rescheduled}, {@code
   * booking.cancelled}) for automations under the event id {@code
   * {workspaceId}:booking:{bookingId}:{type}:{sequence}}: a retried emit starts no automation
   * twice.
   */
  void emit(String bookingId, String type, int sequence);

  /** Records the booking as COMPLETED once its event is over. Repeating it changes nothing. */
  void complete(String bookingId, long atMillis);
}
