package com.mewayz.workflows.commerce;

import io.temporal.activity.ActivityInterface;

/**
 * The money side of an order, by payment method: {@link PaymentMethod#MANUAL} (the merchant is paid
 * outside Mewayz) and {@link PaymentMethod#STRIPE} (the workspace's own Stripe account).
 */
@ActivityInterface
public interface PaymentActivities {

  /**
   * Creates the Stripe PaymentIntent of a STRIPE order for its total, idempotency key {@code
   * order-{orderId}-payment}: a retried activity gets the same PaymentIntent. Records its id and
   * client secret on the order (for the checkout page) and returns only the id, so the client
   * secret stays out of the history. Fails with the {@code PaymentFailureTypes} of the gateway;
   * only {@code STRIPE_UNAVAILABLE} is retried.
   */
  PaymentRequested requestPayment(String orderId);

  /**
   * Withdraws the PaymentIntent of a STRIPE order being cancelled unpaid, so the customer can no
   * longer pay it: cancelled at Stripe (idempotency key {@code order-{orderId}-payment-cancel}), or
   * refunded (key {@code order-{orderId}-refund}) when Stripe says it was paid meanwhile. A no-op
   * when the order has no PaymentIntent or it is already cancelled.
   */
  void withdrawPayment(String orderId);

  /**
   * Refunds a paid order. MANUAL: records a refund due on the order and mails the merchant (mail
   * key {@code order:{orderId}:REFUND_DUE}), both idempotent per order. STRIPE: refunds the whole
   * PaymentIntent through the workspace's Stripe account, idempotency key {@code
   * order-{orderId}-refund}; {@code STRIPE_UNAVAILABLE} is retried.
   */
  void refund(String orderId, PaymentMethod method);
}
