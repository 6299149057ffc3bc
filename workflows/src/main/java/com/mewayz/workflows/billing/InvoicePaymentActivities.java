package com.mewayz.workflows.billing;

import io.temporal.activity.ActivityInterface;

/** The money side of the dunning: charging the invoice's saved Stripe payment method. */
@ActivityInterface(namePrefix = "Invoice")
public interface InvoicePaymentActivities {

  /**
   * Charges the invoice's total off-session to its saved Stripe customer and payment method, with
   * metadata {@code invoiceId} and {@code workspaceId} and the Stripe idempotency key {@code
   * invoice-{invoiceId}-charge-{rung}}: a retried activity charges once. A declined card (or a
   * payment Stripe cannot finish without the customer) is an outcome, not a failure. Records the
   * attempt on the invoice under its rung. Fails with the gateway's {@code PaymentFailureTypes};
   * only {@code STRIPE_UNAVAILABLE} is retried.
   */
  ChargeOutcome chargeSavedMethod(String invoiceId, int rung);
}
