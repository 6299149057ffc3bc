package com.mewayz.domain.commerce;

import com.mewayz.workflows.commerce.OrderCancelReason;
import com.mewayz.workflows.commerce.OrderStatus;
import com.mewayz.workflows.commerce.PaymentMethod;
import com.mewayz.workflows.commerce.Tracking;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of an order: what was bought at which price, and where its OrderFulfillmentWorkflow
 * got to. Totals are computed by the server from the products when the order is created.
 *
 * <p>A STRIPE order carries its PaymentIntent's id and client secret (what the checkout page needs
 * to take the card; never logged), and counts the failed attempts Stripe reported, the customer
 * being free to try again until the payment timeout. {@code refundedAt} is when Stripe refunded it:
 * cancelled after payment, or paid after it was cancelled.
 */
@Document("orders")
@CompoundIndex(name = "by_status", def = "{'workspaceId': 1, 'status': 1, 'createdAt': -1}")
public record Order(
    @Id String id,
    String workspaceId,
    String customerEmail,
    String customerName,
    List<Line> lines,
    String currency,
    long totalMinor,
    PaymentMethod paymentMethod,
    OrderStatus status,
    OrderCancelReason cancelReason,
    String paymentReference,
    Instant paidAt,
    Tracking tracking,
    Instant shippedAt,
    boolean refundDue,
    Instant createdAt,
    Instant updatedAt,
    String stripePaymentIntentId,
    String stripeClientSecret,
    int paymentFailures,
    Instant lastPaymentFailureAt,
    Instant refundedAt) {

  /**
   * An order just placed: RESERVING, with nothing paid, shipped or failed yet, and its total the
   * sum of its lines.
   */
  public static Order placed(
      String id,
      String workspaceId,
      String customerEmail,
      String customerName,
      List<Line> lines,
      String currency,
      PaymentMethod paymentMethod,
      Instant now) {
    return new Order(
        id,
        workspaceId,
        customerEmail,
        customerName,
        List.copyOf(lines),
        currency,
        lines.stream().mapToLong(Line::totalMinor).sum(),
        paymentMethod,
        OrderStatus.RESERVING,
        null,
        null,
        null,
        null,
        null,
        false,
        now,
        now,
        null,
        null,
        0,
        null,
        null);
  }

  /** One product of the order, with its name and price as they were when ordered. */
  public record Line(
      String productId,
      String name,
      String sku,
      int quantity,
      long unitPriceMinor,
      long totalMinor,
      boolean digital) {}
}
