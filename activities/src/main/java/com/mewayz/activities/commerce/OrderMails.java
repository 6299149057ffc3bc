package com.mewayz.activities.commerce;

import com.mewayz.activities.mail.Html;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.Product;
import com.mewayz.workflows.commerce.OrderMailKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Renders the mails of an order: to the customer, and the refund notice to the merchant. */
@Component
public class OrderMails {

  OutgoingMail render(OrderMailKind kind, Order order, List<Product> digitalProducts) {
    String ref = shortId(order);
    return switch (kind) {
      case CONFIRMATION ->
          customer(
              order,
              "Your order " + ref + " is confirmed",
              "Thank you for your order. We received your payment of "
                  + amount(order.totalMinor(), order.currency())
                  + ".\n\n"
                  + lines(order));
      case DIGITAL_DELIVERY ->
          customer(
              order,
              "Your downloads for order " + ref,
              "Here is what you bought:\n\n"
                  + digitalProducts.stream()
                      .map(p -> p.name() + ": " + p.deliveryContent())
                      .collect(Collectors.joining("\n")));
      case SHIPPED ->
          customer(
              order,
              "Your order " + ref + " has shipped",
              "Your parcel is on its way with "
                  + order.tracking().carrier()
                  + ", tracking number "
                  + order.tracking().number()
                  + (order.tracking().url() == null ? "." : ": " + order.tracking().url()));
      case CANCELLED ->
          customer(
              order,
              "Your order " + ref + " was cancelled",
              "Your order was cancelled." + (order.paidAt() != null ? refundNote(order) : ""));
      case LATE_PAYMENT_REFUNDED ->
          customer(
              order,
              "Your payment for order " + ref + " was refunded",
              "Your order had been cancelled before your payment of "
                  + amount(order.totalMinor(), order.currency())
                  + " reached us, so we refunded it to your card. Card refunds usually show"
                  + " within 5 to 10 business days.");
      case REFUND_DUE ->
          throw new IllegalArgumentException("The refund notice goes to the merchant");
    };
  }

  private static String refundNote(Order order) {
    String paid = amount(order.totalMinor(), order.currency());
    return switch (order.paymentMethod()) {
      case STRIPE -> " Your payment of " + paid + " was refunded to your card.";
      case MANUAL -> " The merchant will refund your payment of " + paid + ".";
    };
  }

  OutgoingMail refundDue(Order order, String merchantEmail) {
    String text =
        "Order "
            + shortId(order)
            + " of "
            + order.customerName()
            + " <"
            + order.customerEmail()
            + "> was cancelled after a manual payment (reference "
            + order.paymentReference()
            + "). Refund "
            + amount(order.totalMinor(), order.currency())
            + " to the customer.";
    return new OutgoingMail(
        merchantEmail, "Refund due for order " + shortId(order), text, paragraph(text));
  }

  private static OutgoingMail customer(Order order, String subject, String text) {
    String body = "Hello " + order.customerName() + ",\n\n" + text + "\n";
    return new OutgoingMail(order.customerEmail(), subject, body, paragraph(body));
  }

  private static String lines(Order order) {
    return order.lines().stream()
        .map(l -> l.quantity() + " x " + l.name() + "  " + amount(l.totalMinor(), order.currency()))
        .collect(Collectors.joining("\n"));
  }

  private static String paragraph(String text) {
    return "<p>" + Html.escape(text).replace("\n", "<br>") + "</p>";
  }

  static String amount(long minor, String currency) {
    return String.format(Locale.ROOT, "%d.%02d %s", minor / 100, minor % 100, currency);
  }

  private static String shortId(Order order) {
    return "#" + order.id().substring(Math.max(0, order.id().length() - 8)).toUpperCase();
  }
}
