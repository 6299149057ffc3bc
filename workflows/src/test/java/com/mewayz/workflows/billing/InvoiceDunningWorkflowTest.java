package com.mewayz.workflows.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.invocation.InvocationOnMock;

/**
 * The dunning ladder in skipped time: every side effect is written to a journal with the day (after
 * the due date) and the UTC time it happened, and each test asserts the whole journal.
 */
class InvoiceDunningWorkflowTest {
  private static final String INVOICE = "inv-1";
  private static final long TOTAL = 12_100;

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(InvoiceDunningWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final List<String> journal = new CopyOnWriteArrayList<>();
  private final InvoiceActivities invoices =
      mock(InvoiceActivities.class, withSettings().withoutAnnotations().defaultAnswer(this::log));
  private final InvoicePaymentActivities payments =
      mock(InvoicePaymentActivities.class, withSettings().withoutAnnotations());

  private TestWorkflowEnvironment env;
  private InvoiceDunningWorkflow invoice;
  private LocalDate dueDate;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    worker.registerActivitiesImplementations(invoices, payments);
    env.start();
    invoice =
        client.newWorkflowStub(
            InvoiceDunningWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(Invoices.workflowId(INVOICE))
                .setTaskQueue(worker.getTaskQueue())
                .build());
    // Sent three days before it is due.
    dueDate = LocalDate.ofInstant(now(), ZoneOffset.UTC).plusDays(3);
  }

  /** Journals every call but the progress mirror (asserted apart), stamped with its time. */
  private Object log(InvocationOnMock call) {
    if (!call.getMethod().getName().equals("recordDunning")) {
      String args =
          Arrays.stream(call.getArguments())
              .skip(1) // the invoice id
              .map(String::valueOf)
              .collect(Collectors.joining(" "));
      journal.add((stamp() + " " + call.getMethod().getName() + " " + args).strip());
    }
    return null;
  }

  /**
   * {@code D+3 09:00}: days after the due date and the time of day, UTC, to the nearest minute (a
   * pause shifts the rungs by its measured length, which the test server's clock makes a few
   * milliseconds off); before the due date, "sent".
   */
  private String stamp() {
    Instant at = now();
    Instant due = dueDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    if (at.isBefore(due)) {
      return "sent";
    }
    Duration after = Duration.between(due, at).plusSeconds(30);
    return "D+%d %02d:%02d".formatted(after.toDays(), after.toHoursPart(), after.toMinutesPart());
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  private void send(DunningPolicy ladder, boolean autoCharge) {
    WorkflowClient.start(
        invoice::run,
        new InvoiceRequest(INVOICE, "ws-1", dueDate.toString(), TOTAL, ladder, autoCharge));
    env.sleep(Duration.ofMinutes(1));
  }

  /** Skips to {@code hour}:00 UTC, {@code day} days after the due date. */
  private void skipTo(int day, int hour) {
    Instant target = dueDate.plusDays(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    env.sleep(Duration.between(now(), target));
  }

  private InvoiceStatus result() {
    return WorkflowStub.fromTyped(invoice).getResult(InvoiceStatus.class);
  }

  private static final List<String> OVERDUE =
      List.of("D+1 00:00 markOverdue", "D+1 00:00 emit invoice.overdue");

  private static List<String> concat(List<String> first, String... rest) {
    return java.util.stream.Stream.concat(first.stream(), Arrays.stream(rest)).toList();
  }

  private static List<String> sentThen(String... rest) {
    return concat(concat(List.of("sent sendMail INVOICE"), OVERDUE.toArray(String[]::new)), rest);
  }

  @Test
  void defaultLadderOverThreeWeeksRemindsOnDays1357ThenMarksUncollectibleAndTellsTheOwner() {
    send(null, false);
    skipTo(0, 12);
    assertThat(journal).containsExactly("sent sendMail INVOICE");

    env.sleep(Duration.ofDays(21));

    assertThat(journal)
        .containsExactlyElementsOf(
            sentThen(
                "D+1 09:00 sendReminder 1 FRIENDLY",
                "D+3 09:00 sendReminder 2 FIRM",
                "D+5 09:00 sendReminder 3 FIRM",
                "D+7 09:00 sendReminder 4 FINAL",
                "D+14 09:00 updateStatus UNCOLLECTIBLE",
                "D+14 09:00 sendMail OWNER_NOTICE"));
    DunningStatus status = invoice.status();
    assertThat(status.status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
    assertThat(status.rungsDone()).isEqualTo(4);
    assertThat(status.finalActionsDone()).isTrue();
    assertThat(status.nextActionAt()).isNull();
    verify(invoices, never()).suspendAccess(anyString());
    verifyNoInteractions(payments);
  }

  @Test
  void aPaymentOnDay4StopsTheLadderAtOnce() {
    send(null, false);
    skipTo(4, 12);

    InvoiceStatus answer =
        invoice.recordPayment(
            new InvoicePayment(TOTAL, "transfer-42", InvoicePaymentMethod.MANUAL));
    env.sleep(Duration.ofDays(21));

    assertThat(answer).isEqualTo(InvoiceStatus.PAID);
    assertThat(result()).isEqualTo(InvoiceStatus.PAID);
    assertThat(journal)
        .containsExactlyElementsOf(
            sentThen(
                "D+1 09:00 sendReminder 1 FRIENDLY",
                "D+3 09:00 sendReminder 2 FIRM",
                "D+4 12:00 recordPayment InvoicePayment[amountMinor=12100, reference=transfer-42,"
                    + " method=MANUAL]",
                "D+4 12:00 emit invoice.paid",
                "D+4 12:00 sendMail RECEIPT"));
  }

  @Test
  void aPaymentBeforeTheDueDateSendsNoReminderAndNoOverdue() {
    send(null, false);

    invoice.recordPayment(new InvoicePayment(TOTAL, "transfer-1", InvoicePaymentMethod.MANUAL));

    assertThat(result()).isEqualTo(InvoiceStatus.PAID);
    assertThat(journal)
        .containsExactly(
            "sent sendMail INVOICE",
            "sent recordPayment InvoicePayment[amountMinor=12100, reference=transfer-1,"
                + " method=MANUAL]",
            "sent emit invoice.paid",
            "sent sendMail RECEIPT");
  }

  @Test
  void pauseOnDay2HoldsEveryRungAndResumeShiftsTheRestByThePause() {
    send(null, false);
    skipTo(2, 12);

    DunningStatus paused = invoice.pause();
    assertThat(paused.paused()).isTrue();
    assertThat(paused.nextActionAt()).isNull();
    skipTo(7, 12);
    assertThat(journal).containsExactlyElementsOf(sentThen("D+1 09:00 sendReminder 1 FRIENDLY"));

    DunningStatus resumed = invoice.resume();
    // Paused five days: the day-3 rung now runs on day 8.
    assertThat(resumed.paused()).isFalse();
    // (To the second: the test server's clock moves a few milliseconds between calls.)
    assertThat(resumed.pausedMillis()).isCloseTo(Duration.ofDays(5).toMillis(), within(1000L));
    assertThat(resumed.nextActionAt())
        .isCloseTo(
            dueDate.plusDays(8).atTime(9, 0).toInstant(ZoneOffset.UTC).toEpochMilli(),
            within(1000L));
    env.sleep(Duration.ofDays(21));

    assertThat(journal)
        .containsExactlyElementsOf(
            sentThen(
                "D+1 09:00 sendReminder 1 FRIENDLY",
                "D+8 09:00 sendReminder 2 FIRM",
                "D+10 09:00 sendReminder 3 FIRM",
                "D+12 09:00 sendReminder 4 FINAL",
                "D+19 09:00 updateStatus UNCOLLECTIBLE",
                "D+19 09:00 sendMail OWNER_NOTICE"));
  }

  @Test
  void thePauseAndResumeAreMirroredOnTheRecordInOrder() {
    send(null, false);
    skipTo(2, 12);
    invoice.pause();
    skipTo(3, 12);
    invoice.resume();

    var recorded = org.mockito.ArgumentCaptor.forClass(DunningStatus.class);
    verify(invoices, times(5)).recordDunning(eq(INVOICE), recorded.capture());
    // Sent, overdue, rung 1, paused, resumed: each a newer version than the one before.
    assertThat(recorded.getAllValues())
        .extracting(
            DunningStatus::version,
            DunningStatus::overdue,
            DunningStatus::paused,
            DunningStatus::rungsDone)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, false, false, 0),
            org.assertj.core.groups.Tuple.tuple(2L, true, false, 0),
            org.assertj.core.groups.Tuple.tuple(3L, true, false, 1),
            org.assertj.core.groups.Tuple.tuple(4L, true, true, 1),
            org.assertj.core.groups.Tuple.tuple(5L, true, false, 1));
  }

  @Test
  void voidingStopsTheDunningAndTellsTheCustomer() {
    send(null, false);
    skipTo(2, 12);

    assertThat(invoice.voidInvoice()).isEqualTo(InvoiceStatus.VOID);
    env.sleep(Duration.ofDays(21));

    assertThat(result()).isEqualTo(InvoiceStatus.VOID);
    assertThat(journal)
        .containsExactlyElementsOf(
            sentThen(
                "D+1 09:00 sendReminder 1 FRIENDLY",
                "D+2 12:00 updateStatus VOID",
                "D+2 12:00 sendMail VOIDED"));
  }

  @Test
  void aVoidWhilePausedEndsItToo() {
    send(null, false);
    skipTo(2, 12);
    invoice.pause();
    skipTo(4, 12);

    invoice.voidInvoice();

    assertThat(result()).isEqualTo(InvoiceStatus.VOID);
    verify(invoices, times(1)).sendReminder(anyString(), anyInt(), any());
  }

  @Test
  void aSavedPaymentMethodIsChargedOnEveryRungAndASuccessEndsTheDunningAsPaid() {
    when(payments.chargeSavedMethod(INVOICE, 1))
        .thenReturn(ChargeOutcome.failed("pi_1", "Your card was declined."));
    when(payments.chargeSavedMethod(INVOICE, 2))
        .thenReturn(ChargeOutcome.failed("pi_2", "Your card has insufficient funds."));
    when(payments.chargeSavedMethod(INVOICE, 3)).thenReturn(ChargeOutcome.paid("pi_3", TOTAL));
    send(null, true);

    env.sleep(Duration.ofDays(21));

    assertThat(result()).isEqualTo(InvoiceStatus.PAID);
    // A declined charge is followed by the rung's reminder; the paying one by the receipt only.
    assertThat(journal)
        .containsExactlyElementsOf(
            sentThen(
                "D+1 09:00 sendReminder 1 FRIENDLY",
                "D+3 09:00 sendReminder 2 FIRM",
                "D+5 09:00 recordPayment InvoicePayment[amountMinor=12100, reference=pi_3,"
                    + " method=STRIPE]",
                "D+5 09:00 emit invoice.paid",
                "D+5 09:00 sendMail RECEIPT"));
    verify(payments).chargeSavedMethod(INVOICE, 1);
    verify(payments).chargeSavedMethod(INVOICE, 2);
    verify(payments).chargeSavedMethod(INVOICE, 3);
    verify(payments, never()).chargeSavedMethod(INVOICE, 4);
  }

  @Test
  void aChargeStripeRefusesForGoodStillSendsTheReminderAndTheLadderGoesOn() {
    when(payments.chargeSavedMethod(eq(INVOICE), anyInt()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "Stripe is not configured for this workspace", "STRIPE_NOT_CONFIGURED"));
    send(null, true);

    env.sleep(Duration.ofDays(21));

    assertThat(journal).contains("D+7 09:00 sendReminder 4 FINAL");
    verify(payments, times(4)).chargeSavedMethod(eq(INVOICE), anyInt());
    assertThat(invoice.status().chargeAttempts()).isEqualTo(4);
  }

  @Test
  void aReminderFailingTwiceIsRetriedAndTheLadderGoesOn() {
    doThrow(new IllegalStateException("SMTP down"))
        .doThrow(new IllegalStateException("SMTP down"))
        .doAnswer(this::log)
        .when(invoices)
        .sendReminder(INVOICE, 1, ReminderTone.FRIENDLY);
    send(null, false);

    skipTo(4, 0);

    verify(invoices, times(3)).sendReminder(INVOICE, 1, ReminderTone.FRIENDLY);
    assertThat(journal)
        .containsExactlyElementsOf(
            sentThen("D+1 09:00 sendReminder 1 FRIENDLY", "D+3 09:00 sendReminder 2 FIRM"));
  }

  @Test
  void aCustomLadderEscalatesOverItsOwnDaysAndRunsItsFinalActionsInOrder() {
    send(
        new DunningPolicy(
            List.of(2, 10), 10, List.of(FinalAction.NOTIFY_OWNER, FinalAction.SUSPEND_ACCESS)),
        false);

    env.sleep(Duration.ofDays(21));

    assertThat(journal)
        .containsExactlyElementsOf(
            sentThen(
                "D+2 09:00 sendReminder 1 FRIENDLY",
                "D+10 09:00 sendReminder 2 FINAL",
                "D+10 09:00 suspendAccess",
                "D+10 09:00 sendMail OWNER_NOTICE"));
    assertThat(invoice.status().status()).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void aLatePaymentAfterTheLadderStillSettlesTheInvoice() {
    send(null, false);
    skipTo(30, 12);

    invoice.recordPayment(new InvoicePayment(TOTAL, "transfer-9", InvoicePaymentMethod.MANUAL));

    assertThat(result()).isEqualTo(InvoiceStatus.PAID);
    assertThat(journal).endsWith("D+30 12:00 emit invoice.paid", "D+30 12:00 sendMail RECEIPT");
  }

  @Test
  void refusesWhatTheInvoiceCannotDoWithoutTouchingIt() {
    send(null, false);

    assertUpdateRefused(
        () ->
            invoice.recordPayment(
                new InvoicePayment(TOTAL - 1, "part", InvoicePaymentMethod.MANUAL)),
        "Only whole payments");
    assertUpdateRefused(
        () -> invoice.recordPayment(new InvoicePayment(TOTAL, " ", InvoicePaymentMethod.MANUAL)),
        "reference is required");
    assertUpdateRefused(() -> invoice.resume(), "not paused");
    invoice.pause();
    assertUpdateRefused(() -> invoice.pause(), "already paused");

    invoice.recordPayment(new InvoicePayment(TOTAL, "transfer-1", InvoicePaymentMethod.MANUAL));

    assertUpdateRefused(() -> invoice.pause(), "The invoice is paid");
    assertUpdateRefused(() -> invoice.voidInvoice(), "The invoice is paid");
    verify(invoices, times(1)).recordPayment(eq(INVOICE), any());
    verify(invoices, never()).updateStatus(anyString(), any());
  }

  @Test
  void pausingOnceTheLadderIsOverIsRefused() {
    send(null, false);
    skipTo(15, 0);

    assertUpdateRefused(() -> invoice.pause(), "The dunning is over");
  }

  private static void assertUpdateRefused(Runnable update, String reason) {
    assertThatThrownBy(update::run)
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining(reason);
  }
}
