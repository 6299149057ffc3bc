package com.mewayz.activities.billing;

import com.mewayz.activities.mail.Html;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.domain.billing.Invoice;
import com.mewayz.workflows.billing.DunningPolicy;
import com.mewayz.workflows.billing.FinalAction;
import com.mewayz.workflows.billing.InvoiceMailKind;
import com.mewayz.workflows.billing.ReminderTone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Renders an invoice's mails: the invoice itself, the reminders in their tone, the receipt and the
 * void notice to the customer, and the owner's notice when the ladder is over. Every mail to the
 * customer says how to pay: the pay link when the workspace takes Stripe payments, the invoice's
 * payment instructions when it has some, and otherwise whom to contact. Never a link that leads
 * nowhere.
 */
@Component
public class InvoiceMails {

  /** Who sends the invoice and how it can be paid. {@code payLink} is null without Stripe. */
  record Sender(String workspaceName, String ownerEmail, String payLink) {}

  OutgoingMail render(InvoiceMailKind kind, Invoice invoice, Sender sender) {
    String number = invoice.number();
    String total = amount(invoice.totalMinor(), invoice.currency());
    return switch (kind) {
      case INVOICE ->
          customer(
              invoice,
              "Invoice " + number + " from " + sender.workspaceName() + ": " + total,
              sender.workspaceName()
                  + " sent you invoice "
                  + number
                  + ", due on "
                  + invoice.dueDate()
                  + ".\n\n"
                  + statement(invoice)
                  + "\n\n"
                  + howToPay(invoice, sender));
      case RECEIPT ->
          customer(
              invoice,
              "Payment received for invoice " + number,
              "We received your payment of "
                  + total
                  + " for invoice "
                  + number
                  + ". Thank you!\n\n"
                  + statement(invoice));
      case VOIDED ->
          customer(
              invoice,
              "Invoice " + number + " was voided",
              sender.workspaceName()
                  + " voided invoice "
                  + number
                  + " of "
                  + total
                  + ". You owe nothing for it; if you already paid it, reply to this mail.");
      case OWNER_NOTICE -> ownerNotice(invoice, sender);
    };
  }

  OutgoingMail reminder(Invoice invoice, int rung, ReminderTone tone, Sender sender) {
    String number = invoice.number();
    String total = amount(invoice.totalMinor(), invoice.currency());
    String subject =
        switch (tone) {
          case FRIENDLY -> "Reminder: invoice " + number + " is overdue";
          case FIRM -> "Invoice " + number + " is overdue: please pay now";
          case FINAL -> "Final notice: invoice " + number;
        };
    String opening =
        switch (tone) {
          case FRIENDLY ->
              "A friendly reminder that invoice "
                  + number
                  + " of "
                  + total
                  + " was due on "
                  + invoice.dueDate()
                  + ". If you already paid it, thank you, and please ignore this mail.";
          case FIRM ->
              "Invoice "
                  + number
                  + " of "
                  + total
                  + " was due on "
                  + invoice.dueDate()
                  + " and is still unpaid. Please pay it now.";
          case FINAL ->
              "This is the final notice for invoice "
                  + number
                  + " of "
                  + total
                  + ", due on "
                  + invoice.dueDate()
                  + ". Please pay it today."
                  + consequence(invoice.ladder());
        };
    return customer(invoice, subject, opening + "\n\n" + howToPay(invoice, sender));
  }

  /** What the customer is warned of in the final notice; only what affects them. */
  private static String consequence(DunningPolicy ladder) {
    if (!ladder.has(FinalAction.SUSPEND_ACCESS)) {
      return "";
    }
    int days = ladder.finalActionDay() - ladder.days().get(ladder.rungs() - 1);
    return days == 0
        ? " Your access is now being suspended until it is paid."
        : " If it is still unpaid in " + days + " days, your access will be suspended.";
  }

  private OutgoingMail ownerNotice(Invoice invoice, Sender sender) {
    List<String> done = new ArrayList<>();
    if (invoice.ladder().has(FinalAction.MARK_UNCOLLECTIBLE)) {
      done.add("it is now marked uncollectible");
    }
    if (invoice.ladder().has(FinalAction.SUSPEND_ACCESS)) {
      done.add("the customer's access is suspended (their contact is tagged access-suspended)");
    }
    String text =
        "Invoice "
            + invoice.number()
            + " to "
            + invoice.customerName()
            + " <"
            + invoice.customerEmail()
            + "> of "
            + amount(invoice.totalMinor(), invoice.currency())
            + ", due on "
            + invoice.dueDate()
            + ", is still unpaid after "
            + invoice.ladder().rungs()
            + " reminders"
            + (done.isEmpty() ? "." : ": " + String.join(" and ", done) + ".")
            + " A payment recorded later still settles it.";
    return new OutgoingMail(
        sender.ownerEmail(),
        "Invoice " + invoice.number() + " is still unpaid",
        text,
        paragraph(text));
  }

  private static String howToPay(Invoice invoice, Sender sender) {
    List<String> ways = new ArrayList<>();
    if (sender.payLink() != null) {
      ways.add("Pay online by card: " + sender.payLink());
    }
    if (invoice.paymentInstructions() != null && !invoice.paymentInstructions().isBlank()) {
      ways.add("To pay by bank transfer:\n" + invoice.paymentInstructions().strip());
    }
    if (ways.isEmpty()) {
      ways.add(
          "To arrange the payment, write to "
              + sender.workspaceName()
              + " at "
              + sender.ownerEmail()
              + ".");
    }
    ways.add("Please quote " + invoice.number() + " as the payment reference.");
    return String.join("\n\n", ways);
  }

  private static String statement(Invoice invoice) {
    String currency = invoice.currency();
    String lines =
        invoice.lines().stream()
            .map(
                l ->
                    l.quantity()
                        + " x "
                        + l.description()
                        + " at "
                        + amount(l.unitPriceMinor(), currency)
                        + "  "
                        + amount(l.totalMinor(), currency))
            .collect(Collectors.joining("\n"));
    return lines
        + "\n\nSubtotal: "
        + amount(invoice.subtotalMinor(), currency)
        + "\nTax ("
        + percent(invoice.taxRateBasisPoints())
        + "): "
        + amount(invoice.taxMinor(), currency)
        + "\nTotal: "
        + amount(invoice.totalMinor(), currency);
  }

  private static OutgoingMail customer(Invoice invoice, String subject, String text) {
    String body = "Hello " + invoice.customerName() + ",\n\n" + text + "\n";
    return new OutgoingMail(invoice.customerEmail(), subject, body, paragraph(body));
  }

  private static String paragraph(String text) {
    return "<p>" + Html.escape(text).replace("\n", "<br>") + "</p>";
  }

  /** {@code 134.81 EUR}: minor units as the customer reads them. */
  public static String amount(long minor, String currency) {
    return String.format(Locale.ROOT, "%d.%02d %s", minor / 100, minor % 100, currency);
  }

  private static String percent(int basisPoints) {
    return basisPoints % 100 == 0
        ? basisPoints / 100 + "%"
        : String.format(Locale.ROOT, "%d.%02d%%", basisPoints / 100, basisPoints % 100)
            .replaceAll("0+%$", "%");
  }
}
