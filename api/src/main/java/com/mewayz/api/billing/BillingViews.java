package com.mewayz.api.billing;

import com.mewayz.domain.billing.Invoice;
import com.mewayz.workflows.billing.DunningPolicy;
import com.mewayz.workflows.billing.DunningStatus;
import com.mewayz.workflows.billing.FinalAction;
import com.mewayz.workflows.billing.InvoiceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Requests and answers of the invoice endpoints. */
final class BillingViews {
  private BillingViews() {}

  record LineRequest(
      @NotBlank @Size(max = 500) String description,
      @NotNull @Min(1) @Max(100_000) Integer quantity,
      @NotNull @PositiveOrZero @Max(10_000_000_000L) Long unitPriceMinor) {}

  /** The dunning ladder of an invoice; absent, the default (days 1, 3, 5, 7; day 14). */
  record DunningRequest(
      @NotEmpty @Size(max = DunningPolicy.MAX_RUNGS)
          List<@NotNull @Min(1) @Max(DunningPolicy.MAX_DAY) Integer> days,
      @NotNull @Min(1) @Max(DunningPolicy.MAX_DAY) Integer finalActionDay,
      List<@NotNull FinalAction> finalActions) {
    DunningPolicy policy() {
      return new DunningPolicy(days, finalActionDay, finalActions);
    }
  }

  record InvoiceBody(
      @NotBlank @Email @Size(max = 254) String customerEmail,
      @NotBlank @Size(max = 200) String customerName,
      @NotEmpty @Size(max = 100) List<@Valid @NotNull LineRequest> lines,
      @Min(0) @Max(10_000) Integer taxRateBasisPoints,
      @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be a 3-letter ISO code like EUR")
          String currency,
      LocalDate issueDate,
      @NotNull LocalDate dueDate,
      @Size(max = 2000) String memo,
      @Size(max = 2000) String paymentInstructions,
      @Valid DunningRequest dunning,
      @Size(max = 255)
          @Pattern(regexp = "cus_[A-Za-z0-9]+", message = "must be a Stripe customer id (cus_…)")
          String stripeCustomerId,
      @Size(max = 255)
          @Pattern(
              regexp = "pm_[A-Za-z0-9_]+",
              message = "must be a Stripe payment method id (pm_…)")
          String stripePaymentMethodId) {}

  record PaymentBody(
      @NotNull @Positive @Max(1_000_000_000_000_000L) Long amountMinor,
      @NotBlank @Size(max = 200) String reference) {}

  /**
   * Where the dunning stands: the workflow's live answer ({@code live} true) while it runs, else
   * the last progress it recorded. {@code nextActionAt} is when the next rung (or the final
   * actions) runs, shifted by any pause.
   */
  record DunningView(
      boolean live,
      boolean overdue,
      boolean paused,
      int rungsDone,
      int rungs,
      Instant nextActionAt,
      boolean finalActionsDone,
      int chargeAttempts,
      long pausedSeconds) {
    static DunningView of(DunningStatus s, boolean live) {
      return s == null
          ? null
          : new DunningView(
              live,
              s.overdue(),
              s.paused(),
              s.rungsDone(),
              s.rungs(),
              s.nextActionAt() == null ? null : Instant.ofEpochMilli(s.nextActionAt()),
              s.finalActionsDone(),
              s.chargeAttempts(),
              s.pausedMillis() / 1000);
    }
  }

  record InvoiceView(
      String id,
      String number,
      InvoiceStatus status,
      String customerEmail,
      String customerName,
      List<Invoice.Line> lines,
      int taxRateBasisPoints,
      long subtotalMinor,
      long taxMinor,
      long totalMinor,
      String currency,
      String issueDate,
      String dueDate,
      String memo,
      String paymentInstructions,
      DunningPolicy dunningPolicy,
      boolean savedPaymentMethod,
      String stripeCustomerId,
      String stripePaymentMethodId,
      List<Invoice.Payment> payments,
      Instant paidAt,
      Instant sentAt,
      Instant overdueAt,
      Instant voidedAt,
      Instant uncollectibleAt,
      boolean accessSuspended,
      DunningView dunning,
      Map<String, Invoice.Charge> charges,
      Instant createdAt,
      Instant updatedAt) {
    static InvoiceView of(Invoice i, DunningView dunning) {
      return new InvoiceView(
          i.id(),
          i.number(),
          i.status(),
          i.customerEmail(),
          i.customerName(),
          i.lines(),
          i.taxRateBasisPoints(),
          i.subtotalMinor(),
          i.taxMinor(),
          i.totalMinor(),
          i.currency(),
          i.issueDate(),
          i.dueDate(),
          i.memo(),
          i.paymentInstructions(),
          i.ladder(),
          i.hasSavedPaymentMethod(),
          i.stripeCustomerId(),
          i.stripePaymentMethodId(),
          i.payments(),
          i.paidAt(),
          i.sentAt(),
          i.overdueAt(),
          i.voidedAt(),
          i.uncollectibleAt(),
          i.accessSuspended(),
          dunning,
          i.charges(),
          i.createdAt(),
          i.updatedAt());
    }

    static InvoiceView recorded(Invoice i) {
      return of(i, DunningView.of(i.dunningState(), false));
    }
  }
}
