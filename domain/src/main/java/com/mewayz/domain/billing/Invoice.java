package com.mewayz.domain.billing;

import com.mewayz.workflows.billing.DunningPolicy;
import com.mewayz.workflows.billing.DunningStatus;
import com.mewayz.workflows.billing.InvoicePaymentMethod;
import com.mewayz.workflows.billing.InvoiceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of an invoice: what is billed to whom, its totals (computed by the server, never taken
 * from a client), and where its InvoiceDunningWorkflow got to. Dates are ISO days ({@code
 * 2026-03-10}), kept as text so no time zone ever moves them; amounts are minor units.
 *
 * <p>{@code number} is given when the invoice is sent ({@code INV-0001}, sequential per workspace),
 * so numbers have no gaps from drafts thrown away. {@code dunningState} mirrors the workflow's
 * progress for lists; the workflow's live answer is the truth while it runs. {@code charges} keeps
 * each charge attempt of the saved payment method by rung.
 */
@Document("invoices")
@CompoundIndex(name = "by_status", def = "{'workspaceId': 1, 'status': 1, 'createdAt': -1}")
public record Invoice(
    @Id String id,
    String workspaceId,
    String number,
    String customerEmail,
    String customerName,
    List<Line> lines,
    int taxRateBasisPoints,
    long subtotalMinor,
    long taxMinor,
    long totalMinor,
    String currency,
    String issueDate,
    String dueDate,
    String memo,
    String paymentInstructions,
    DunningPolicy dunning,
    String stripeCustomerId,
    String stripePaymentMethodId,
    InvoiceStatus status,
    List<Payment> payments,
    Instant paidAt,
    Instant sentAt,
    Instant overdueAt,
    Instant voidedAt,
    Instant uncollectibleAt,
    DunningStatus dunningState,
    Map<String, Charge> charges,
    boolean accessSuspended,
    Instant accessSuspendedAt,
    Instant createdAt,
    Instant updatedAt) {

  /** What a client may set on a draft; everything else is the server's. */
  public record Draft(
      String customerEmail,
      String customerName,
      List<Line> lines,
      int taxRateBasisPoints,
      String currency,
      String issueDate,
      String dueDate,
      String memo,
      String paymentInstructions,
      DunningPolicy dunning,
      String stripeCustomerId,
      String stripePaymentMethodId) {

    public long subtotalMinor() {
      return lines.stream().mapToLong(Line::totalMinor).sum();
    }

    /** Tax on the subtotal, rounded half up to the minor unit. */
    public long taxMinor() {
      return (subtotalMinor() * taxRateBasisPoints + 5_000) / 10_000;
    }

    public long totalMinor() {
      return subtotalMinor() + taxMinor();
    }
  }

  /** A new DRAFT invoice with its totals computed from {@code draft}. */
  public static Invoice drafted(String id, String workspaceId, Draft draft, Instant now) {
    return new Invoice(
        id,
        workspaceId,
        null,
        draft.customerEmail(),
        draft.customerName(),
        List.copyOf(draft.lines()),
        draft.taxRateBasisPoints(),
        draft.subtotalMinor(),
        draft.taxMinor(),
        draft.totalMinor(),
        draft.currency(),
        draft.issueDate(),
        draft.dueDate(),
        draft.memo(),
        draft.paymentInstructions(),
        draft.dunning(),
        draft.stripeCustomerId(),
        draft.stripePaymentMethodId(),
        InvoiceStatus.DRAFT,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        false,
        null,
        now,
        now);
  }

  /**
   * This invoice as sending makes it: OPEN under {@code number} (what InvoiceStore.markSent
   * writes).
   */
  public Invoice sent(String number, Instant now) {
    return new Invoice(
        id,
        workspaceId,
        number,
        customerEmail,
        customerName,
        lines,
        taxRateBasisPoints,
        subtotalMinor,
        taxMinor,
        totalMinor,
        currency,
        issueDate,
        dueDate,
        memo,
        paymentInstructions,
        dunning,
        stripeCustomerId,
        stripePaymentMethodId,
        InvoiceStatus.OPEN,
        payments,
        paidAt,
        now,
        overdueAt,
        voidedAt,
        uncollectibleAt,
        dunningState,
        charges,
        accessSuspended,
        accessSuspendedAt,
        createdAt,
        now);
  }

  /** The ladder this invoice follows: its own, or the platform's default. */
  public DunningPolicy ladder() {
    return dunning != null ? dunning : DunningPolicy.DEFAULT;
  }

  /** A saved Stripe customer and payment method to charge on every rung. */
  public boolean hasSavedPaymentMethod() {
    return stripeCustomerId != null && stripePaymentMethodId != null;
  }

  /** One billed item: {@code totalMinor} is {@code quantity × unitPriceMinor}. */
  public record Line(String description, int quantity, long unitPriceMinor, long totalMinor) {
    public static Line of(String description, int quantity, long unitPriceMinor) {
      return new Line(
          description, quantity, unitPriceMinor, Math.multiplyExact(quantity, unitPriceMinor));
    }
  }

  /** A payment received: the merchant's reference, or the Stripe PaymentIntent id. */
  public record Payment(
      long amountMinor, String reference, InvoicePaymentMethod method, Instant paidAt) {}

  /** One off-session charge of the saved payment method, by the dunning rung that made it. */
  public record Charge(
      int rung, String paymentIntentId, boolean succeeded, String failure, Instant at) {}
}
