package com.mewayz.activities.billing;

import com.mewayz.activities.payments.StripeGateway;
import com.mewayz.activities.payments.StripeGateway.Payment;
import com.mewayz.activities.payments.StripeGateway.SavedMethodCharge;
import com.mewayz.domain.billing.Invoice;
import com.mewayz.domain.billing.InvoiceStore;
import com.mewayz.workflows.billing.ChargeOutcome;
import com.mewayz.workflows.billing.InvoicePaymentActivities;
import com.mewayz.workflows.common.FailureTypes;
import com.mewayz.workflows.payments.PaymentFailureTypes;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import org.springframework.stereotype.Component;

@Component
public class InvoicePaymentActivitiesImpl implements InvoicePaymentActivities {
  private final InvoiceStore invoices;
  private final StripeGateway stripe;
  private final Clock clock;

  public InvoicePaymentActivitiesImpl(InvoiceStore invoices, StripeGateway stripe, Clock clock) {
    this.invoices = invoices;
    this.stripe = stripe;
    this.clock = clock;
  }

  @Override
  public ChargeOutcome chargeSavedMethod(String invoiceId, int rung) {
    Invoice invoice = InvoiceLookup.require(invoices, invoiceId);
    if (!invoice.hasSavedPaymentMethod()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "The invoice " + invoiceId + " has no saved payment method",
          FailureTypes.PAYMENT_UNAVAILABLE.type());
    }
    ChargeOutcome outcome = charge(invoice, rung);
    invoices.recordCharge(
        invoiceId,
        new Invoice.Charge(
            rung,
            outcome.paymentIntentId(),
            outcome.succeeded(),
            outcome.failure(),
            clock.instant()),
        clock.instant());
    return outcome;
  }

  private ChargeOutcome charge(Invoice invoice, int rung) {
    try {
      Payment payment =
          stripe.chargeSavedMethod(
              new SavedMethodCharge(
                  invoice.workspaceId(),
                  invoice.id(),
                  invoice.totalMinor(),
                  invoice.currency().toLowerCase(),
                  invoice.stripeCustomerId(),
                  invoice.stripePaymentMethodId(),
                  invoice.customerEmail()),
              "invoice-" + invoice.id() + "-charge-" + rung);
      return "succeeded".equals(payment.status())
          ? ChargeOutcome.paid(payment.id(), payment.amount())
          // processing, requires_action...: not paid now; Stripe's webhook reports a late success.
          : ChargeOutcome.failed(payment.id(), "Stripe left the payment " + payment.status());
    } catch (ApplicationFailure failure) {
      if (PaymentFailureTypes.CARD_DECLINED.type().equals(failure.getType())) {
        return ChargeOutcome.failed(null, failure.getOriginalMessage());
      }
      throw failure;
    }
  }
}
