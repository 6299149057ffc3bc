package com.mewayz.domain.commerce;

import com.mewayz.workflows.commerce.OrderCancelReason;
import com.mewayz.workflows.commerce.OrderStatus;
import com.mewayz.workflows.commerce.Tracking;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Changes of an order record made by its workflow's activities; each is safe to repeat. */
@Component
public class OrderStore {
  private final MongoTemplate mongo;

  public OrderStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Order> find(String orderId) {
    return Optional.ofNullable(mongo.findById(orderId, Order.class));
  }

  public void updateStatus(
      String orderId, OrderStatus status, OrderCancelReason reason, Instant now) {
    Update update = new Update().set("status", status).set("updatedAt", now);
    if (reason != null) {
      update.set("cancelReason", reason);
    }
    mongo.updateFirst(byId(orderId), update, Order.class);
  }

  /** Records the payment once: a repeat keeps the first reference and time. */
  public void recordPayment(String orderId, String reference, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(orderId).and("paidAt").isNull()),
        new Update().set("paymentReference", reference).set("paidAt", now).set("updatedAt", now),
        Order.class);
  }

  /** Records the order's PaymentIntent; a repeat writes the same values (same idempotency key). */
  public void recordPaymentIntent(
      String orderId, String paymentIntentId, String clientSecret, Instant now) {
    mongo.updateFirst(
        byId(orderId),
        new Update()
            .set("stripePaymentIntentId", paymentIntentId)
            .set("stripeClientSecret", clientSecret)
            .set("updatedAt", now),
        Order.class);
  }

  /**
   * Counts a failed payment attempt that Stripe reported. Called once per Stripe event (the webhook
   * handles an event id once), so the count is of distinct failures.
   */
  public void recordPaymentFailure(String orderId, Instant failedAt, Instant now) {
    mongo.updateFirst(
        byId(orderId),
        new Update()
            .inc("paymentFailures", 1)
            .max("lastPaymentFailureAt", failedAt)
            .set("updatedAt", now),
        Order.class);
  }

  /** Records the shipment once: a repeat keeps the first tracking and time. */
  public void recordShipment(String orderId, Tracking tracking, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(orderId).and("shippedAt").isNull()),
        new Update().set("tracking", tracking).set("shippedAt", now).set("updatedAt", now),
        Order.class);
  }

  public void markRefundDue(String orderId, Instant now) {
    mongo.updateFirst(
        byId(orderId), new Update().set("refundDue", true).set("updatedAt", now), Order.class);
  }

  /** Records the first Stripe refund of the order; a repeat keeps the first time. */
  public void recordRefund(String orderId, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(orderId).and("refundedAt").isNull()),
        new Update().set("refundedAt", now).set("updatedAt", now),
        Order.class);
  }

  private static Query byId(String orderId) {
    return Query.query(Criteria.where("_id").is(orderId));
  }
}
