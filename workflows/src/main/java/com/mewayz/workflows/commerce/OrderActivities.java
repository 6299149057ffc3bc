package com.mewayz.workflows.commerce;

import io.temporal.activity.ActivityInterface;

/**
 * Side effects of an order on the platform: stock, the order record, mails and events. Every method
 * is idempotent under the key its Javadoc names, so Temporal may retry any of them.
 */
@ActivityInterface
public interface OrderActivities {

  /**
   * Reserves the stock of every line with one conditional decrement per product ({@code stock >=
   * quantity}). All or nothing: when a line is short, the lines reserved by this call are released
   * and it fails with {@code OUT_OF_STOCK}, not retryable. Idempotent per order and product: a
   * reservation is recorded under {@code orderId:productId}, and a retry skips the recorded ones.
   */
  void reserveStock(String orderId);

  /**
   * Gives back the stock this order reserved. Idempotent per order and product: each reservation is
   * marked released with a conditional update before its stock is incremented, so a retried or
   * repeated release never increments twice. Releasing an order that reserved nothing is a no-op.
   */
  void releaseStock(String orderId);

  /** Sets the order record's status (and, for CANCELLED, why). Repeating it changes nothing. */
  void updateStatus(String orderId, OrderStatus status, OrderCancelReason reason);

  /** Records the manual payment's reference and time on the order. Repeating it changes nothing. */
  void recordPayment(String orderId, String reference);

  /** Records the shipment's tracking on the order. Repeating it changes nothing. */
  void recordShipment(String orderId, Tracking tracking);

  /**
   * Sends the order's mail of {@code kind} at most once, under the mail key {@code
   * order:{orderId}:{kind}}. A mail server that is down is retryable.
   */
  void sendMail(String orderId, OrderMailKind kind);

  /**
   * Emits {@code type} ({@code order.created}, {@code order.paid}...) for automations, under the
   * event id {@code {workspaceId}:order:{orderId}:{type}}: a retried emit starts no automation
   * twice.
   */
  void emit(String orderId, String type);
}
