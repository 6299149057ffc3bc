package com.mewayz.api.billing;

import com.mewayz.activities.payments.StripeEvent;
import com.mewayz.activities.payments.StripeEventHandler;
import com.mewayz.domain.billing.Invoice;
import com.mewayz.domain.billing.InvoiceRepository;
import com.mewayz.workflows.billing.InvoiceDunningWorkflow;
import com.mewayz.workflows.billing.InvoicePayment;
import com.mewayz.workflows.billing.InvoicePaymentMethod;
import com.mewayz.workflows.billing.InvoiceStatus;
import com.mewayz.workflows.billing.Invoices;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Stripe's word on an invoice's payment: {@code payment_intent.succeeded} for a PaymentIntent whose
 * metadata names an invoice of this workspace (an off-session charge of the dunning, or the pay
 * page's checkout) records the payment through the invoice workflow's {@code recordPayment} update,
 * which stops the dunning. Every event then goes on to the order handler, which hands it to the
 * publishing one, so orders and automations still see it.
 *
 * <p>Harmless to repeat: an invoice already paid ignores it. A refusal the invoice may still get
 * past (a charge of its saved card in flight) is thrown, so the event is forgotten and Stripe's
 * retry brings it again. Logs ids only.
 */
@Primary
@Component
class InvoiceStripeEventHandler implements StripeEventHandler {
  private static final Logger log = LoggerFactory.getLogger(InvoiceStripeEventHandler.class);

  private final InvoiceRepository invoices;
  private final WorkflowClient temporal;
  private final StripeEventHandler next;

  InvoiceStripeEventHandler(
      InvoiceRepository invoices,
      WorkflowClient temporal,
      @Qualifier("orderStripeEventHandler") StripeEventHandler next) {
    this.invoices = invoices;
    this.temporal = temporal;
    this.next = next;
  }

  @Override
  public void handle(StripeEvent event) {
    if (event.type().equals("payment_intent.succeeded")) {
      invoiceOf(event).ifPresent(invoice -> pay(invoice, event));
    }
    next.handle(event);
  }

  /** The invoice of this workspace the event names, when the event may change it. */
  private Optional<Invoice> invoiceOf(StripeEvent event) {
    String invoiceId = event.metadata().get("invoiceId");
    String workspaceId = event.metadata().get("workspaceId");
    if (invoiceId == null || !event.newest()) {
      return Optional.empty();
    }
    if (workspaceId != null && !workspaceId.equals(event.workspaceId())) {
      log.warn("Stripe event {} names another workspace; ignored", event.eventId());
      return Optional.empty();
    }
    Optional<Invoice> invoice = invoices.findByIdAndWorkspaceId(invoiceId, event.workspaceId());
    if (invoice.isEmpty()) {
      log.info("Stripe event {} names no invoice of the workspace", event.eventId());
    }
    return invoice;
  }

  /** A success of a PaymentIntent other than the ones recorded: the customer paid twice. */
  private static boolean isSecondPayment(Invoice invoice, StripeEvent event) {
    return invoice.payments().stream()
        .noneMatch(p -> String.valueOf(event.paymentIntentId()).equals(p.reference()));
  }

  private void pay(Invoice invoice, StripeEvent event) {
    if (!invoice.status().isCollectible()) {
      if (invoice.status() == InvoiceStatus.PAID && isSecondPayment(invoice, event)) {
        log.warn(
            "Invoice {} was already paid, but Stripe event {} reports another payment of it ({}):"
                + " refund it in Stripe",
            invoice.id(),
            event.eventId(),
            event.paymentIntentId());
      } else if (invoice.status() == InvoiceStatus.VOID) {
        log.warn(
            "Invoice {} is void but Stripe event {} reports its payment: refund it in Stripe",
            invoice.id(),
            event.eventId());
      } else {
        log.info(
            "Invoice {} is {}: Stripe event {} ignored",
            invoice.id(),
            invoice.status(),
            event.eventId());
      }
      return;
    }
    long amount = event.amount() == null ? 0 : event.amount();
    if (amount != invoice.totalMinor()
        || !invoice.currency().equalsIgnoreCase(String.valueOf(event.currency()))) {
      log.warn(
          "Stripe event {} pays {} {} for invoice {} of {} {}: not recorded, settle it by hand",
          event.eventId(),
          amount,
          event.currency(),
          invoice.id(),
          invoice.totalMinor(),
          invoice.currency());
      return;
    }
    WorkflowStub workflow =
        WorkflowStub.fromTyped(
            temporal.newWorkflowStub(
                InvoiceDunningWorkflow.class, Invoices.workflowId(invoice.id())));
    try {
      // Accepted is enough: the payment is then in the invoice's history and settles it without
      // keeping Stripe waiting for the receipt.
      workflow.startUpdate(
          "recordPayment",
          WorkflowUpdateStage.ACCEPTED,
          InvoiceStatus.class,
          new InvoicePayment(amount, event.paymentIntentId(), InvoicePaymentMethod.STRIPE));
      log.info("Invoice {} paid per Stripe event {}", invoice.id(), event.eventId());
    } catch (WorkflowUpdateException | WorkflowNotFoundException refused) {
      Invoice now = invoices.findById(invoice.id()).orElse(invoice);
      if (!now.status().isCollectible() || refused instanceof WorkflowNotFoundException) {
        log.info(
            "Invoice {} no longer takes payments: Stripe event {} ignored",
            invoice.id(),
            event.eventId());
        return;
      }
      throw refused;
    }
  }
}
