package com.mewayz.activities.billing;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.activities.billing.InvoiceMails.Sender;
import com.mewayz.activities.mail.Mailer;
import com.mewayz.domain.billing.Invoice;
import com.mewayz.domain.billing.InvoiceLinks;
import com.mewayz.domain.billing.InvoiceStore;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.domain.payments.StripeSettingsStore;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.domain.workspaces.Workspace;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.workflows.billing.DunningStatus;
import com.mewayz.workflows.billing.InvoiceActivities;
import com.mewayz.workflows.billing.InvoiceMailKind;
import com.mewayz.workflows.billing.InvoicePayment;
import com.mewayz.workflows.billing.InvoiceStatus;
import com.mewayz.workflows.billing.ReminderTone;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class InvoiceActivitiesImpl implements InvoiceActivities {
  /** The CRM tag of a customer whose access the dunning suspended; a payment removes it. */
  public static final String SUSPENDED_TAG = "access-suspended";

  private final InvoiceStore invoices;
  private final WorkspaceRepository workspaces;
  private final UserRepository users;
  private final StripeSettingsStore stripeSettings;
  private final InvoiceLinks links;
  private final ContactStore contacts;
  private final InvoiceMails mails;
  private final Mailer mailer;
  private final EventDispatcher events;
  private final Clock clock;

  public InvoiceActivitiesImpl(
      InvoiceStore invoices,
      WorkspaceRepository workspaces,
      UserRepository users,
      StripeSettingsStore stripeSettings,
      InvoiceLinks links,
      ContactStore contacts,
      InvoiceMails mails,
      Mailer mailer,
      EventDispatcher events,
      Clock clock) {
    this.invoices = invoices;
    this.workspaces = workspaces;
    this.users = users;
    this.stripeSettings = stripeSettings;
    this.links = links;
    this.contacts = contacts;
    this.mails = mails;
    this.mailer = mailer;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void sendMail(String invoiceId, InvoiceMailKind kind) {
    Invoice invoice = load(invoiceId);
    mailer.send("invoice:" + invoiceId + ":" + kind, mails.render(kind, invoice, sender(invoice)));
  }

  @Override
  public void sendReminder(String invoiceId, int rung, ReminderTone tone) {
    Invoice invoice = load(invoiceId);
    mailer.send(
        "invoice:" + invoiceId + ":reminder:" + rung,
        mails.reminder(invoice, rung, tone, sender(invoice)));
  }

  @Override
  public void markOverdue(String invoiceId) {
    invoices.markOverdue(invoiceId, clock.instant());
  }

  @Override
  public void recordPayment(String invoiceId, InvoicePayment payment) {
    Invoice before = load(invoiceId);
    invoices.recordPayment(
        invoiceId,
        new Invoice.Payment(
            payment.amountMinor(), payment.reference(), payment.method(), clock.instant()),
        clock.instant());
    if (before.accessSuspendedAt() != null) {
      // Paid: the access the dunning suspended comes back (a repeat removes nothing more).
      contacts.tag(
          before.workspaceId(),
          before.customerEmail(),
          List.of(),
          List.of(SUSPENDED_TAG),
          clock.instant());
    }
  }

  @Override
  public void updateStatus(String invoiceId, InvoiceStatus status) {
    invoices.updateStatus(invoiceId, status, clock.instant());
  }

  @Override
  public void recordDunning(String invoiceId, DunningStatus dunning) {
    invoices.recordDunning(invoiceId, dunning, clock.instant());
  }

  @Override
  public void suspendAccess(String invoiceId) {
    Invoice invoice = load(invoiceId);
    invoices.suspendAccess(invoiceId, clock.instant());
    // Only a customer the workspace keeps as a contact can be tagged; the flag is on the invoice.
    contacts.tag(
        invoice.workspaceId(),
        invoice.customerEmail(),
        List.of(SUSPENDED_TAG),
        List.of(),
        clock.instant());
  }

  @Override
  public void emit(String invoiceId, String type) {
    Invoice invoice = load(invoiceId);
    String payLink = payLink(invoice);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("invoiceId", invoice.id());
    data.put("number", invoice.number());
    data.put("customerEmail", invoice.customerEmail());
    data.put("customerName", invoice.customerName());
    data.put("totalMinor", invoice.totalMinor());
    data.put("currency", invoice.currency());
    data.put("dueDate", invoice.dueDate());
    // The shape the invoice-reminder template reads ({{ trigger.invoice.number }}...).
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("id", invoice.id());
    summary.put("number", invoice.number());
    summary.put("amount", BigDecimal.valueOf(invoice.totalMinor(), 2));
    summary.put("currency", invoice.currency());
    summary.put("dueDate", invoice.dueDate());
    summary.put("url", payLink);
    data.put("invoice", summary);
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("email", invoice.customerEmail());
    customer.put("name", invoice.customerName());
    customer.put("firstName", invoice.customerName().strip().split("\\s+")[0]);
    data.put("customer", customer);
    events.publish(
        new PlatformEvent(
            invoice.workspaceId() + ":invoice:" + invoiceId + ":" + type,
            invoice.workspaceId(),
            type,
            invoiceId,
            data,
            clock.instant()));
  }

  private Sender sender(Invoice invoice) {
    Workspace workspace =
        workspaces
            .findById(invoice.workspaceId())
            .orElseThrow(() -> gone("The workspace of invoice " + invoice.id()));
    String owner =
        users
            .findById(workspace.ownerId())
            .map(u -> u.email())
            .orElseThrow(() -> gone("The owner of workspace " + workspace.id()));
    return new Sender(workspace.name(), owner, payLink(invoice));
  }

  /** The pay link only where it leads to a payment: the workspace takes Stripe payments. */
  private String payLink(Invoice invoice) {
    return stripeSettings.acceptsPayments(invoice.workspaceId())
        ? links.payLink(invoice.id())
        : null;
  }

  private Invoice load(String invoiceId) {
    return InvoiceLookup.require(invoices, invoiceId);
  }

  private static ApplicationFailure gone(String what) {
    return ApplicationFailure.newNonRetryableFailure(
        what + " no longer exists", FailureTypes.NOT_FOUND.type());
  }
}
