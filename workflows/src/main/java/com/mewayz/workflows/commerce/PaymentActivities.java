package com.mewayz.workflows.commerce;

import io.temporal.activity.ActivityInterface;

/**
 * The money side of an order, by payment method. {@link PaymentMethod#MANUAL} is implemented; the
 * Stripe method plugs in here (a refund through the workspace's Stripe account, idempotency key
 * {@code refund-{orderId}}).
 */
@ActivityInterface
public interface PaymentActivities {

  /**
   * Refunds a paid order. MANUAL: records a refund due on the order and mails the merchant (mail
   * key {@code order:{orderId}:REFUND_DUE}), both idempotent per order. A method that is not
   * available in the workspace fails with {@code PAYMENT_UNAVAILABLE}, not retryable.
   */
  void refund(String orderId, PaymentMethod method);
}
