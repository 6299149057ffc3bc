package com.mewayz.workflows.bookings;

import com.mewayz.workflows.bookings.BookingProgress.ReminderState;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reminder loop: confirm, then sleep on one durable timer until the earliest pending reminder
 * or the follow-up, waking early for a reschedule or a cancellation. A reschedule recomputes every
 * reminder of the new time, so the timers move with the booking; a reminder whose moment already
 * passed when the booking was made or moved is skipped, never sent late.
 *
 * <p>A booking costs about a dozen history events per reminder and per reschedule: no
 * continue-as-new is needed.
 */
public class BookingReminderWorkflowImpl implements BookingReminderWorkflow {
  static final String PENDING = "PENDING";
  static final String SENT = "SENT";
  static final String SKIPPED = "SKIPPED";
  private static final long MINUTE = 60_000;
  private static final String REMIND_AFTER_A_LATE_FIRST_RUN = "remind-after-a-late-first-run";

  private final BookingActivities bookings =
      Workflow.newActivityStub(BookingActivities.class, Bookings.ACTIVITIES);

  private final String bookingId;
  private final List<Integer> offsets;
  private final int followUpAfterMinutes;
  private final long bookedAt;
  private long startAt;
  private long endAt;
  private int sequence;
  // Offset in minutes to its state, for the booking's current time.
  private final Map<Integer, String> reminders = new LinkedHashMap<>();
  private BookingStatus status = BookingStatus.CONFIRMED;
  private boolean rescheduleToAnnounce;
  private Integer cancelSequence;
  // Updates count up `requests`; the loop sets `handled` once it acted on them, which is what each
  // update waits for before answering.
  private int requests;
  private int handled;

  // Runs before any update handler, so the validators always know the booking.
  @WorkflowInit
  public BookingReminderWorkflowImpl(BookingRequest request) {
    this.bookingId = request.bookingId();
    this.offsets =
        request.reminderOffsetsMinutes() == null
            ? Bookings.DEFAULT_REMINDER_OFFSETS_MINUTES
            : List.copyOf(request.reminderOffsetsMinutes());
    this.followUpAfterMinutes = request.followUpAfterMinutes();
    this.startAt = request.startAtMillis();
    this.endAt = request.endAtMillis();
    this.sequence = request.sequence();
    this.bookedAt = request.bookedAtMillis();
    planReminders(bookedAt);
  }

  @Override
  public BookingStatus run(BookingRequest ignored) {
    // A reminder pending at booking goes out even when the worker first runs after its moment (a
    // worker down at booking time), late like one due while a worker was down mid-run, unless the
    // event has started (sendDueReminders). Runs recorded before this change skipped it.
    int version = Workflow.getVersion(REMIND_AFTER_A_LATE_FIRST_RUN, Workflow.DEFAULT_VERSION, 1);
    if (version == Workflow.DEFAULT_VERSION && cancelSequence == null && !rescheduleToAnnounce) {
      planReminders(Math.max(bookedAt, Workflow.currentTimeMillis()));
    }
    bookings.sendMail(bookingId, BookingMailKind.CONFIRMATION, sequence);
    bookings.emit(bookingId, "booking.created", sequence);
    while (!status.isFinal()) {
      int seen = requests;
      if (cancelSequence != null) {
        cancelled();
      } else {
        announceReschedule();
        sendDueReminders();
        if (Workflow.currentTimeMillis() >= followUpAt()) {
          followUp();
        }
      }
      handled = seen;
      if (!status.isFinal()) {
        sleepUntilNext();
      }
    }
    handled = requests;
    // Lets the update that ended the run answer before the run closes.
    Workflow.await(Workflow::isEveryHandlerFinished);
    return status;
  }

  /** Every reminder of the current time: pending, or skipped when its moment is already past. */
  private void planReminders(long now) {
    reminders.clear();
    for (int offset : offsets) {
      reminders.put(offset, dueAt(offset) > now ? PENDING : SKIPPED);
    }
  }

  private long dueAt(int offsetMinutes) {
    return startAt - offsetMinutes * MINUTE;
  }

  private long followUpAt() {
    return endAt + followUpAfterMinutes * MINUTE;
  }

  private void announceReschedule() {
    if (rescheduleToAnnounce) {
      rescheduleToAnnounce = false;
      int announced = sequence;
      bookings.sendMail(bookingId, BookingMailKind.RESCHEDULED, announced);
      bookings.emit(bookingId, "booking.rescheduled", announced);
    }
  }

  private void sendDueReminders() {
    for (int offset : offsets) {
      if (!PENDING.equals(reminders.get(offset)) || dueAt(offset) > Workflow.currentTimeMillis()) {
        continue;
      }
      // A worker down past the start of the event would only send a useless reminder.
      if (Workflow.currentTimeMillis() >= startAt) {
        reminders.put(offset, SKIPPED);
        continue;
      }
      bookings.sendReminder(bookingId, offset, sequence);
      reminders.put(offset, SENT);
    }
  }

  private void followUp() {
    bookings.complete(bookingId, Workflow.currentTimeMillis());
    status = BookingStatus.COMPLETED;
    bookings.sendMail(bookingId, BookingMailKind.FOLLOW_UP, sequence);
  }

  private void cancelled() {
    reminders.replaceAll((offset, state) -> PENDING.equals(state) ? SKIPPED : state);
    sequence = cancelSequence;
    bookings.sendMail(bookingId, BookingMailKind.CANCELLED, sequence);
    bookings.emit(bookingId, "booking.cancelled", sequence);
    // Final only now: the cancel update answers once the customer was told.
    status = BookingStatus.CANCELLED;
  }

  /** Sleeps until the next pending reminder or the follow-up, or until an update wakes the loop. */
  private void sleepUntilNext() {
    long next = followUpAt();
    for (int offset : offsets) {
      if (PENDING.equals(reminders.get(offset))) {
        next = Math.min(next, dueAt(offset));
      }
    }
    long wait = Math.max(1, next - Workflow.currentTimeMillis());
    Workflow.await(Duration.ofMillis(wait), () -> requests > handled);
  }

  @Override
  public BookingProgress reschedule(Reschedule reschedule) {
    startAt = reschedule.startAtMillis();
    endAt = reschedule.endAtMillis();
    sequence = reschedule.sequence();
    planReminders(Workflow.currentTimeMillis());
    rescheduleToAnnounce = true;
    return acted();
  }

  @Override
  public void validateReschedule(Reschedule reschedule) {
    requireOpen();
    if (reschedule.endAtMillis() <= reschedule.startAtMillis()) {
      throw new IllegalArgumentException("A booking must end after it starts");
    }
    if (reschedule.sequence() <= sequence) {
      throw new IllegalArgumentException(
          "The booking was changed since (sequence " + sequence + "); reload it");
    }
  }

  @Override
  public BookingProgress cancel(int sequence) {
    cancelSequence = sequence;
    return acted();
  }

  @Override
  public void validateCancel(int sequence) {
    requireOpen();
  }

  private void requireOpen() {
    if (status.isFinal() || cancelSequence != null) {
      throw new IllegalArgumentException(
          "The booking is "
              + (cancelSequence != null ? "cancelled" : status.name().toLowerCase())
              + " and can no longer change");
    }
  }

  /** Wakes the loop and answers once it acted on this request (or the booking ended). */
  private BookingProgress acted() {
    int ticket = ++requests;
    Workflow.await(() -> handled >= ticket || status.isFinal());
    return progress();
  }

  @Override
  public BookingProgress progress() {
    List<ReminderState> list = new ArrayList<>();
    reminders.forEach((offset, state) -> list.add(new ReminderState(offset, dueAt(offset), state)));
    return new BookingProgress(status, startAt, endAt, sequence, list, followUpAt());
  }
}
