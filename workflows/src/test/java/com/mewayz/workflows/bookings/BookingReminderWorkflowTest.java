package com.mewayz.workflows.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder workflow in skipped time: each test starts Temporal's test server at a chosen
 * instant and books an event on a calendar, daylight-saving changes included, then checks exactly
 * which mails and events went out, and when.
 */
class BookingReminderWorkflowTest {
  private static final String BOOKING = "bk-1";
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  // A timer fires at its instant; the workflow task running the activity may start a moment later.
  private static final Duration SLACK = Duration.ofSeconds(2);

  private final BookingActivities activities =
      mock(BookingActivities.class, withSettings().withoutAnnotations());
  private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

  private TestWorkflowEnvironment env;
  private BookingReminderWorkflow booking;

  /** One side effect: what, with which argument and sequence, at which virtual instant. */
  record Call(String what, int sequence, Instant at) {}

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
  }

  /**
   * Starts the test server at {@code bookedAt} and books a 60-minute event at {@code start} with
   * the default reminders (24 h and 1 h before) and a follow-up 60 minutes after the end.
   */
  private void book(Instant bookedAt, Instant start) {
    book(bookedAt, start, Bookings.DEFAULT_REMINDER_OFFSETS_MINUTES);
  }

  private void book(Instant bookedAt, Instant start, List<Integer> offsets) {
    book(bookedAt, bookedAt, start, offsets);
  }

  /**
   * As above, with the workflow's first task at {@code firstRunAt}: a worker down from {@code
   * bookedAt} until then.
   */
  private void book(Instant bookedAt, Instant firstRunAt, Instant start, List<Integer> offsets) {
    recordCalls();
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTime(firstRunAt).build());
    Worker worker = env.newWorker(Bookings.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(BookingReminderWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities);
    env.start();
    booking =
        env.getWorkflowClient()
            .newWorkflowStub(
                BookingReminderWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(Bookings.workflowId(BOOKING))
                    .setTaskQueue(Bookings.TASK_QUEUE)
                    .build());
    WorkflowClient.start(
        booking::run,
        new BookingRequest(
            BOOKING,
            "ws-1",
            start.toEpochMilli(),
            start.plus(Duration.ofHours(1)).toEpochMilli(),
            0,
            offsets,
            60,
            bookedAt.toEpochMilli()));
    env.sleep(Duration.ofSeconds(30));
  }

  private void recordCalls() {
    doAnswer(
            call -> {
              calls.add(
                  new Call(
                      "mail:" + call.getArgument(1), call.getArgument(2, Integer.class), now()));
              return null;
            })
        .when(activities)
        .sendMail(anyString(), any(), anyInt());
    doAnswer(
            call -> {
              calls.add(
                  new Call(
                      "reminder:" + call.getArgument(1),
                      call.getArgument(2, Integer.class),
                      now()));
              return null;
            })
        .when(activities)
        .sendReminder(anyString(), anyInt(), anyInt());
    doAnswer(
            call -> {
              calls.add(new Call(call.getArgument(1), call.getArgument(2, Integer.class), now()));
              return null;
            })
        .when(activities)
        .emit(anyString(), anyString(), anyInt());
    doAnswer(
            call -> {
              calls.add(new Call("complete", -1, now()));
              return null;
            })
        .when(activities)
        .complete(anyString(), anyLong());
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  private static Instant local(String dateTime, ZoneId zone) {
    return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
  }

  private List<String> whats() {
    return calls.stream().map(Call::what).toList();
  }

  private Call only(String what) {
    List<Call> found = calls.stream().filter(c -> c.what().equals(what)).toList();
    assertThat(found).as("calls of %s", what).hasSize(1);
    return found.get(0);
  }

  private static void assertAt(Call call, Instant expected) {
    assertThat(call.at())
        .as("instant of %s", call.what())
        .isBetween(expected, expected.plus(SLACK));
  }

  private BookingStatus result() {
    return WorkflowStub.fromTyped(booking).getResult(BookingStatus.class);
  }

  @Test
  void remindsADayAndAnHourBeforeAcrossTheSpringChangeThenFollowsUp() {
    // Sunday 9 March 2025, 12:00 in New York: the clocks went forward at 02:00 that night, so the
    // reminder 24 real hours before falls at 11:00 on Saturday's wall clock (EST), 16:00 UTC.
    Instant start = local("2025-03-09T12:00", NEW_YORK);
    book(local("2025-03-05T10:00", NEW_YORK), start);

    env.sleep(Duration.ofDays(6));

    assertThat(whats())
        .containsExactly(
            "mail:CONFIRMATION",
            "booking.created",
            "reminder:1440",
            "reminder:60",
            "complete",
            "mail:FOLLOW_UP");
    assertThat(start).isEqualTo(Instant.parse("2025-03-09T16:00:00Z"));
    assertAt(only("reminder:1440"), Instant.parse("2025-03-08T16:00:00Z"));
    assertThat(only("reminder:1440").at().atZone(NEW_YORK).getHour()).isEqualTo(11);
    assertAt(only("reminder:60"), Instant.parse("2025-03-09T15:00:00Z"));
    // Follow-up 60 minutes after the 60-minute event.
    assertAt(only("mail:FOLLOW_UP"), start.plus(Duration.ofHours(2)));
    assertThat(result()).isEqualTo(BookingStatus.COMPLETED);
  }

  @Test
  void remindsAtTheRightInstantsAcrossTheAutumnChange() {
    // Monday 3 November 2025, 09:00 in New York, the day after the clocks went back: 24 hours
    // before is 10:00 on Sunday's wall clock (EST), 14:00 UTC.
    Instant start = local("2025-11-03T09:00", NEW_YORK);
    book(local("2025-10-30T09:00", NEW_YORK), start);

    env.sleep(Duration.ofDays(5));

    assertAt(only("reminder:1440"), Instant.parse("2025-11-02T14:00:00Z"));
    assertThat(only("reminder:1440").at().atZone(NEW_YORK).getHour()).isEqualTo(9);
    assertAt(only("reminder:60"), Instant.parse("2025-11-03T13:00:00Z"));
    assertThat(result()).isEqualTo(BookingStatus.COMPLETED);
  }

  @Test
  void aReminderWhoseMomentPassedAtBookingIsSkippedNotSentLate() {
    Instant start = Instant.parse("2025-06-10T15:00:00Z");
    book(start.minus(Duration.ofHours(3)), start);

    BookingProgress progress = booking.progress();
    assertThat(progress.reminders())
        .extracting(
            BookingProgress.ReminderState::offsetMinutes, BookingProgress.ReminderState::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1440, "SKIPPED"),
            org.assertj.core.groups.Tuple.tuple(60, "PENDING"));
    env.sleep(Duration.ofHours(6));

    assertThat(whats()).doesNotContain("reminder:1440");
    assertAt(only("reminder:60"), start.minus(Duration.ofHours(1)));
    assertThat(result()).isEqualTo(BookingStatus.COMPLETED);
  }

  @Test
  void aReminderThatFellDueWhileTheWorkerWasDownSinceTheBookingIsSentLate() {
    Instant start = Instant.parse("2025-06-10T15:00:00Z");
    Instant firstRun = start.minus(Duration.ofMinutes(50));
    book(
        start.minus(Duration.ofHours(3)),
        firstRun,
        start,
        Bookings.DEFAULT_REMINDER_OFFSETS_MINUTES);
    env.sleep(Duration.ofHours(6));

    assertThat(whats()).doesNotContain("reminder:1440");
    assertThat(only("reminder:60").at()).isBetween(firstRun, firstRun.plus(SLACK));
    assertThat(result()).isEqualTo(BookingStatus.COMPLETED);
  }

  @Test
  void aWorkerDownUntilTheEventStartedSkipsItsReminder() {
    Instant start = Instant.parse("2025-06-10T15:00:00Z");
    book(
        start.minus(Duration.ofHours(3)),
        start.plus(Duration.ofMinutes(5)),
        start,
        Bookings.DEFAULT_REMINDER_OFFSETS_MINUTES);
    env.sleep(Duration.ofHours(6));

    assertThat(whats()).contains("mail:CONFIRMATION").noneMatch(w -> w.startsWith("reminder"));
    assertThat(result()).isEqualTo(BookingStatus.COMPLETED);
  }

  @Test
  void rescheduleMovesEveryPendingReminderAndAnnouncesTheNewTime() {
    Instant first = Instant.parse("2025-06-10T15:00:00Z");
    Instant moved = Instant.parse("2025-06-13T09:00:00Z");
    book(Instant.parse("2025-06-01T12:00:00Z"), first);
    env.sleep(Duration.ofDays(2));

    BookingProgress progress =
        booking.reschedule(
            new Reschedule(
                moved.toEpochMilli(), moved.plus(Duration.ofHours(1)).toEpochMilli(), 1));

    assertThat(progress.startAtMillis()).isEqualTo(moved.toEpochMilli());
    assertThat(progress.reminders())
        .extracting(BookingProgress.ReminderState::dueAtMillis)
        .containsExactly(
            moved.minus(Duration.ofDays(1)).toEpochMilli(),
            moved.minus(Duration.ofHours(1)).toEpochMilli());
    env.sleep(Duration.ofDays(14));

    assertThat(whats())
        .containsExactly(
            "mail:CONFIRMATION",
            "booking.created",
            "mail:RESCHEDULED",
            "booking.rescheduled",
            "reminder:1440",
            "reminder:60",
            "complete",
            "mail:FOLLOW_UP");
    assertThat(only("mail:RESCHEDULED").sequence()).isEqualTo(1);
    assertAt(only("reminder:1440"), moved.minus(Duration.ofDays(1)));
    assertThat(only("reminder:1440").sequence()).isEqualTo(1);
    assertAt(only("reminder:60"), moved.minus(Duration.ofHours(1)));
    assertAt(only("mail:FOLLOW_UP"), moved.plus(Duration.ofHours(2)));
  }

  @Test
  void aBookingMovedCloserSkipsTheRemindersItsNewTimeLeavesNoRoomFor() {
    Instant first = Instant.parse("2025-06-10T15:00:00Z");
    book(Instant.parse("2025-06-01T12:00:00Z"), first);
    Instant soon = Instant.parse("2025-06-01T12:30:00Z").plus(Duration.ofMinutes(90));

    booking.reschedule(
        new Reschedule(soon.toEpochMilli(), soon.plus(Duration.ofHours(1)).toEpochMilli(), 1));
    env.sleep(Duration.ofDays(1));

    assertThat(whats()).doesNotContain("reminder:1440");
    assertAt(only("reminder:60"), soon.minus(Duration.ofHours(1)));
  }

  @Test
  void cancelStopsTheRemindersStillToComeAndWithdrawsTheInvitation() {
    Instant start = Instant.parse("2025-06-10T15:00:00Z");
    book(Instant.parse("2025-06-01T12:00:00Z"), start);
    env.sleep(Duration.ofDays(8).plusHours(4)); // past the day-before reminder

    BookingProgress progress = booking.cancel(1);

    // The update answers once the customer was told.
    assertThat(progress.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(whats()).contains("mail:CANCELLED", "booking.cancelled");
    env.sleep(Duration.ofDays(3));

    assertThat(whats())
        .containsExactly(
            "mail:CONFIRMATION",
            "booking.created",
            "reminder:1440",
            "mail:CANCELLED",
            "booking.cancelled");
    assertThat(only("mail:CANCELLED").sequence()).isEqualTo(1);
    assertThat(result()).isEqualTo(BookingStatus.CANCELLED);
  }

  @Test
  void aBookingBeingCancelledRefusesAnyFurtherChangeBeforeItEntersTheHistory() throws Exception {
    Instant start = Instant.parse("2025-06-10T15:00:00Z");
    book(Instant.parse("2025-06-01T12:00:00Z"), start);
    // The cancellation mail waits for the test: the cancel is accepted but not done yet.
    CountDownLatch mailServer = new CountDownLatch(1);
    doAnswer(
            call -> {
              if (call.getArgument(1) == BookingMailKind.CANCELLED) {
                mailServer.await();
              }
              calls.add(new Call("mail:" + call.getArgument(1), call.getArgument(2), now()));
              return null;
            })
        .when(activities)
        .sendMail(anyString(), any(), anyInt());
    WorkflowUpdateHandle<BookingProgress> cancelling =
        WorkflowStub.fromTyped(booking)
            .startUpdate("cancel", WorkflowUpdateStage.ACCEPTED, BookingProgress.class, 1);
    long later = start.plus(Duration.ofDays(1)).toEpochMilli();

    assertThatThrownBy(() -> booking.reschedule(new Reschedule(later, later + 3_600_000, 2)))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("cancelled");
    assertThatThrownBy(() -> booking.cancel(2)).isInstanceOf(WorkflowUpdateException.class);
    mailServer.countDown();

    assertThat(cancelling.getResult().status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(result()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(whats()).doesNotContain("mail:RESCHEDULED").containsOnlyOnce("mail:CANCELLED");
  }

  @Test
  void aRescheduleCarryingAnOldSequenceIsRefused() {
    Instant start = Instant.parse("2025-06-10T15:00:00Z");
    book(Instant.parse("2025-06-01T12:00:00Z"), start);
    long later = start.plus(Duration.ofDays(1)).toEpochMilli();

    assertThatThrownBy(() -> booking.reschedule(new Reschedule(later, later + 3_600_000, 0)))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("changed since");
  }

  @Test
  void aRunCancelledFromTemporalSendsNothingMore() {
    Instant start = Instant.parse("2025-06-10T15:00:00Z");
    book(Instant.parse("2025-06-01T12:00:00Z"), start);

    WorkflowStub.fromTyped(booking).cancel();
    env.sleep(Duration.ofDays(12));

    assertThat(whats()).containsExactly("mail:CONFIRMATION", "booking.created");
    assertThatThrownBy(this::result).isInstanceOf(WorkflowFailedException.class);
  }

  @Test
  void aMailServerDownIsWaitedOutAndTheReminderGoesOutOnce() {
    AtomicInteger attempts = new AtomicInteger();
    Instant start = Instant.parse("2025-06-10T15:00:00Z");
    book(Instant.parse("2025-06-10T12:00:00Z"), start, List.of(60));
    doAnswer(
            call -> {
              if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("SMTP server unavailable");
              }
              calls.add(new Call("reminder:" + call.getArgument(1), call.getArgument(2), now()));
              return null;
            })
        .when(activities)
        .sendReminder(anyString(), anyInt(), anyInt());

    env.sleep(Duration.ofHours(6));

    assertThat(attempts).hasValue(3);
    assertThat(whats()).containsOnlyOnce("reminder:60");
    assertThat(result()).isEqualTo(BookingStatus.COMPLETED);
  }
}
