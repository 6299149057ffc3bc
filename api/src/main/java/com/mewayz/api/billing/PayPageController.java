package com.mewayz.api.billing;

import com.mewayz.activities.billing.InvoiceMails;
import com.mewayz.activities.mail.Html;
import com.mewayz.activities.payments.StripeGateway;
import com.mewayz.activities.payments.StripeGateway.InvoiceCheckout;
import com.mewayz.domain.billing.Invoice;
import com.mewayz.domain.billing.InvoiceLinks;
import com.mewayz.domain.billing.InvoiceRepository;
import com.mewayz.domain.payments.StripeSettingsStore;
import com.mewayz.domain.users.User;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.domain.workspaces.Workspace;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.workflows.billing.InvoiceStatus;
import io.temporal.failure.ApplicationFailure;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the pay link of an invoice mail leads, for the customer (no Mewayz account; the signed
 * token is the authorization). An open invoice of a workspace that takes Stripe payments is sent on
 * to a Stripe Checkout page for its total, whose payment Stripe's webhook then records; without
 * Stripe, or while Stripe cannot be reached, the page says how else to pay. A paid or void invoice
 * says so. Anything else, a wrong token included, is the same 404.
 */
@RestController
@RequestMapping("/pay/invoices")
class PayPageController {
  private static final Logger log = LoggerFactory.getLogger(PayPageController.class);

  private final InvoiceRepository invoices;
  private final InvoiceLinks links;
  private final StripeSettingsStore stripeSettings;
  private final StripeGateway stripe;
  private final WorkspaceRepository workspaces;
  private final UserRepository users;
  private final Clock clock;

  PayPageController(
      InvoiceRepository invoices,
      InvoiceLinks links,
      StripeSettingsStore stripeSettings,
      StripeGateway stripe,
      WorkspaceRepository workspaces,
      UserRepository users,
      Clock clock) {
    this.invoices = invoices;
    this.links = links;
    this.stripeSettings = stripeSettings;
    this.stripe = stripe;
    this.workspaces = workspaces;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/{invoiceId}")
  ResponseEntity<String> pay(
      @PathVariable String invoiceId,
      @RequestParam(required = false) String token,
      @RequestParam(required = false) String paid) {
    Invoice invoice =
        invoices
            .findById(invoiceId)
            .filter(i -> links.verify(invoiceId, token))
            .filter(i -> i.status() != InvoiceStatus.DRAFT)
            .orElse(null);
    if (invoice == null) {
      return page(HttpStatus.NOT_FOUND, "Invoice not found", "This payment link is not valid.");
    }
    String title = "Invoice " + invoice.number();
    String total = amount(invoice);
    return switch (invoice.status()) {
      case PAID -> page(HttpStatus.OK, title, title + " of " + total + " is paid. Thank you!");
      case VOID -> page(HttpStatus.OK, title, title + " was voided: there is nothing to pay.");
      default -> {
        if (paid != null) {
          yield page(
              HttpStatus.OK,
              title,
              "Thank you! Your payment of " + total + " is being confirmed; a receipt follows.");
        }
        yield checkoutOrInstructions(invoice, title, total);
      }
    };
  }

  private ResponseEntity<String> checkoutOrInstructions(
      Invoice invoice, String title, String total) {
    String note = "";
    if (stripeSettings.acceptsPayments(invoice.workspaceId())) {
      String link = links.payLink(invoice.id());
      try {
        // One Checkout Session an hour per invoice: reloading the page reuses it.
        String url =
            stripe.createInvoiceCheckout(
                new InvoiceCheckout(
                    invoice.workspaceId(),
                    invoice.id(),
                    title,
                    invoice.totalMinor(),
                    invoice.currency().toLowerCase(Locale.ROOT),
                    invoice.customerEmail(),
                    link + "&paid=1",
                    link),
                "invoice-" + invoice.id() + "-checkout-" + clock.instant().getEpochSecond() / 3600);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(url)).build();
      } catch (ApplicationFailure e) {
        log.warn("Invoice {}: no Stripe checkout could be opened: {}", invoice.id(), e.getType());
        note = "Paying online is not possible right now; please try again later or pay as below. ";
      }
    }
    return page(
        HttpStatus.OK,
        title,
        note
            + title
            + " of "
            + total
            + " is due on "
            + invoice.dueDate()
            + ". "
            + offline(invoice));
  }

  private String offline(Invoice invoice) {
    if (invoice.paymentInstructions() != null && !invoice.paymentInstructions().isBlank()) {
      return "To pay by bank transfer: " + invoice.paymentInstructions().strip();
    }
    Workspace workspace = workspaces.findById(invoice.workspaceId()).orElse(null);
    String owner =
        workspace == null
            ? null
            : users.findById(workspace.ownerId()).map(User::email).orElse(null);
    return workspace == null || owner == null
        ? "Please contact the sender of the invoice to pay it."
        : "To arrange the payment, write to " + workspace.name() + " at " + owner + ".";
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String text) {
    String html =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + Html.escape(title)
            + "</title></head><body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto\">"
            + "<h1>"
            + Html.escape(title)
            + "</h1><p>"
            + Html.escape(text).replace("\n", "<br>")
            + "</p></body></html>";
    return ResponseEntity.status(status)
        .contentType(MediaType.TEXT_HTML)
        .cacheControl(CacheControl.noStore())
        .body(html);
  }

  private static String amount(Invoice invoice) {
    return InvoiceMails.amount(invoice.totalMinor(), invoice.currency());
  }
}
