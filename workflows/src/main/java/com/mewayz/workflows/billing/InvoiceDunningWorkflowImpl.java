package com.mewayz.workflows.billing;

import com.mewayz.workflows.common.ActivityPolicies;
import com.mewayz.workflows.common.FailureTypes;
import com.mewayz.workflows.payments.PaymentFailureTypes;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import org.slf4j.Logger;

public class InvoiceDunningWorkflowImpl implements InvoiceDunningWorkflow {
  private static final Logger log = Workflow.getLogger(InvoiceDunningWorkflowImpl.class);

  // A mail server or database down for hours must not lose a reminder nor a payment: keep retrying.
  private static final ActivityOptions OPTIONS =
      ActivityPolicies.patient(Duration.ofSeconds(30), FailureTypes.NOT_FOUND.type());

  // A charge that cannot reach Stripe within an hour counts as a failed attempt: the rung's
  // reminder must not wait a day for it. The idempotency key makes every retry the same charge.
  private static final ActivityOptions CHARGE_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(30))
          .setScheduleToCloseTimeout(Duration.ofHours(1))
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setInitialInterval(Duration.ofSeconds(5))
                  .setMaximumInterval(Duration.ofMinutes(5))
                  .setDoNotRetry(
                      FailureTypes.NOT_FOUND.type(),
                      // Thrown non-retryable by the gateway already; named here for the reader.
                      PaymentFailureTypes.STRIPE_NOT_CONFIGURED.type(),
                      PaymentFailureTypes.STRIPE_AUTHENTICATION.type(),
                      PaymentFailureTypes.INVALID_REQUEST.type(),
                      PaymentFailureTypes.IDEMPOTENCY_CONFLICT.type())
                  .build())
          .build();

  private final InvoiceActivities invoices =
      Workflow.newActivityStub(InvoiceActivities.class, OPTIONS);
  private final InvoicePaymentActivities payments =
      Workflow.newActivityStub(InvoicePaymentActivities.class, CHARGE_OPTIONS);

  private final InvoiceRequest request;
  private final String invoiceId;
  private final DunningPolicy ladder;
  private InvoiceStatus status = InvoiceStatus.OPEN;
  private InvoicePayment payment;
  private boolean voidRequested;
  private boolean overdue;
  private boolean paused;
  private long pausedAt;
  private long pausedMillis;
  private int rungsDone;
  private boolean finalActionsDone;
  private boolean charging;
  private int chargeAttempts;
  private long version;

  // Runs before any update handler, so the validators always know the invoice.
  @WorkflowInit
  public InvoiceDunningWorkflowImpl(InvoiceRequest request) {
    this.request = request;
    this.invoiceId = request.invoiceId();
    this.ladder = request.dunning() != null ? request.dunning() : DunningPolicy.DEFAULT;
  }

  @Override
  public InvoiceStatus run(InvoiceRequest ignored) {
    try {
      invoices.sendMail(invoiceId, InvoiceMailKind.INVOICE);
      // Lists read the mirror: it shows the first rung's time from the start.
      record();
      // The due date is a fact, not a rung: a pause does not move it.
      if (sleepUntil(Invoices.overdueAt(request.dueDate()))) {
        return settle();
      }
      becomeOverdue();
      for (int rung = 0; rung < ladder.rungs(); rung++) {
        if (!awaitStep(ladder.days().get(rung))) {
          return settle();
        }
        runRung(rung);
        if (settled()) {
          return settle();
        }
      }
      if (!awaitStep(ladder.finalActionDay())) {
        return settle();
      }
      runFinalActions();
      Workflow.await(Invoices.COLLECTION_WINDOW, this::settled);
      return settled() ? settle() : status;
    } catch (ActivityFailure e) {
      // A side effect failed for good (the invoice is gone, a mail server down for a day): fail
      // the run so an operator sees it in Temporal UI.
      log.warn("Invoice {} failed while {}: {}", invoiceId, describe(), e.getCause());
      throw e;
    }
  }

  /** Sleeps until {@code at}; true when a payment or a void came first. */
  private boolean sleepUntil(long at) {
    long wait = at - Workflow.currentTimeMillis();
    if (wait > 0) {
      Workflow.await(Duration.ofMillis(wait), this::settled);
    }
    return settled();
  }

  /**
   * Sleeps until the step of {@code day} days after the due date, shifted by the time paused, and
   * stands still while paused; false when a payment or a void came first.
   */
  private boolean awaitStep(int day) {
    while (!settled()) {
      if (paused) {
        Workflow.await(() -> !paused || settled());
        continue;
      }
      long wait = stepAt(day) - Workflow.currentTimeMillis();
      if (wait <= 0) {
        return true;
      }
      Workflow.await(Duration.ofMillis(wait), () -> paused || settled());
    }
    return false;
  }

  private long stepAt(int day) {
    return Invoices.actionAt(request.dueDate(), day) + pausedMillis;
  }

  private void becomeOverdue() {
    invoices.markOverdue(invoiceId);
    overdue = true;
    invoices.emit(invoiceId, "invoice.overdue");
    record();
  }

  /** A charge of the saved payment method first; the reminder only when it did not pay. */
  private void runRung(int rung) {
    int number = rung + 1;
    if (!(request.autoCharge() && charge(number))) {
      invoices.sendReminder(invoiceId, number, ladder.tone(rung));
    }
    rungsDone = number;
    record();
  }

  /** True when the charge paid the invoice; a decline or a Stripe failure moves on. */
  private boolean charge(int rung) {
    charging = true;
    chargeAttempts++;
    try {
      ChargeOutcome outcome = payments.chargeSavedMethod(invoiceId, rung);
      if (outcome.succeeded()) {
        payment =
            new InvoicePayment(
                outcome.amountMinor(), outcome.paymentIntentId(), InvoicePaymentMethod.STRIPE);
        return true;
      }
      log.info("Invoice {}: charge {} did not pay: {}", invoiceId, rung, outcome.failure());
    } catch (ActivityFailure e) {
      log.warn("Invoice {}: charge {} could not be made: {}", invoiceId, rung, e.getCause());
    } finally {
      charging = false;
    }
    return false;
  }

  private void runFinalActions() {
    for (FinalAction action : FinalAction.values()) {
      if (!ladder.has(action)) {
        continue;
      }
      switch (action) {
        case MARK_UNCOLLECTIBLE -> {
          invoices.updateStatus(invoiceId, InvoiceStatus.UNCOLLECTIBLE);
          status = InvoiceStatus.UNCOLLECTIBLE;
        }
        case SUSPEND_ACCESS -> invoices.suspendAccess(invoiceId);
        case NOTIFY_OWNER -> invoices.sendMail(invoiceId, InvoiceMailKind.OWNER_NOTICE);
      }
    }
    finalActionsDone = true;
    record();
  }

  /** Ends the dunning with the payment or the void that stopped it. */
  private InvoiceStatus settle() {
    paused = false;
    if (payment != null) {
      invoices.recordPayment(invoiceId, payment);
      status = InvoiceStatus.PAID;
      invoices.emit(invoiceId, "invoice.paid");
      invoices.sendMail(invoiceId, InvoiceMailKind.RECEIPT);
    } else {
      invoices.updateStatus(invoiceId, InvoiceStatus.VOID);
      status = InvoiceStatus.VOID;
      invoices.sendMail(invoiceId, InvoiceMailKind.VOIDED);
    }
    record();
    return status;
  }

  private boolean settled() {
    return payment != null || voidRequested;
  }

  /** Mirrors the progress on the record; the version orders writes that race. */
  private void record() {
    version++;
    invoices.recordDunning(invoiceId, status());
  }

  @Override
  public InvoiceStatus recordPayment(InvoicePayment payment) {
    this.payment = payment;
    // Answers once the record says PAID; the event and the receipt follow.
    Workflow.await(() -> status == InvoiceStatus.PAID);
    return status;
  }

  @Override
  public void validateRecordPayment(InvoicePayment payment) {
    if (payment == null || payment.method() == null) {
      throw new IllegalArgumentException("A payment needs an amount, a reference and a method");
    }
    if (payment.reference() == null || payment.reference().isBlank()) {
      throw new IllegalArgumentException("reference is required");
    }
    if (payment.amountMinor() != request.totalMinor()) {
      throw new IllegalArgumentException(
          "Only whole payments are taken: the invoice's total is "
              + request.totalMinor()
              + " (minor units)");
    }
    refuseUnlessCollectible();
  }

  @Override
  public InvoiceStatus voidInvoice() {
    voidRequested = true;
    Workflow.await(() -> status == InvoiceStatus.VOID);
    return status;
  }

  @Override
  public void validateVoidInvoice() {
    refuseUnlessCollectible();
  }

  private void refuseUnlessCollectible() {
    if (settled() || !status.isCollectible()) {
      throw new IllegalArgumentException("The invoice is " + describe());
    }
    if (charging) {
      // The charge may pay it: its outcome decides first.
      throw new IllegalArgumentException(
          "The saved payment method is being charged; try again in a moment");
    }
  }

  @Override
  public DunningStatus pause() {
    paused = true;
    pausedAt = Workflow.currentTimeMillis();
    record();
    return status();
  }

  @Override
  public void validatePause() {
    if (settled() || !status.isCollectible()) {
      throw new IllegalArgumentException("The invoice is " + describe() + ": nothing to pause");
    }
    if (finalActionsDone) {
      throw new IllegalArgumentException("The dunning is over: nothing left to pause");
    }
    if (paused) {
      throw new IllegalArgumentException("The dunning is already paused");
    }
  }

  @Override
  public DunningStatus resume() {
    pausedMillis += Workflow.currentTimeMillis() - pausedAt;
    paused = false;
    record();
    return status();
  }

  @Override
  public void validateResume() {
    if (settled() || !status.isCollectible()) {
      throw new IllegalArgumentException("The invoice is " + describe() + ": nothing to resume");
    }
    if (!paused) {
      throw new IllegalArgumentException("The dunning is not paused");
    }
  }

  @Override
  public DunningStatus status() {
    return new DunningStatus(
        status,
        overdue,
        paused,
        rungsDone,
        ladder.rungs(),
        nextActionAt(),
        finalActionsDone,
        chargeAttempts,
        pausedMillis,
        version);
  }

  /** When the next rung or the final actions run; null while paused or when none is left. */
  private Long nextActionAt() {
    if (paused || settled() || status.isFinal() || finalActionsDone) {
      return null;
    }
    int day = rungsDone < ladder.rungs() ? ladder.days().get(rungsDone) : ladder.finalActionDay();
    return stepAt(day);
  }

  private String describe() {
    if (payment != null) {
      return "paid";
    }
    return voidRequested ? "void" : status.name().toLowerCase();
  }
}
