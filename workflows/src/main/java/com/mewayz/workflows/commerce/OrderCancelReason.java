package com.mewayz.workflows.commerce;

/** Why an order was cancelled. */
public enum OrderCancelReason {
  OUT_OF_STOCK,
  PAYMENT_TIMEOUT,
  /** Stripe would not take the payment (keys removed or refused): no PaymentIntent to pay. */
  PAYMENT_UNAVAILABLE,
  /** The merchant cancelled it. */
  MERCHANT
}
