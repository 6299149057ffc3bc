package com.mewayz.workflows.commerce;

/**
 * How a customer pays. {@link #MANUAL}: bank transfer, cash... the merchant confirms the payment.
 * {@link #STRIPE}: card payment through the workspace's Stripe account, confirmed by its webhook.
 */
public enum PaymentMethod {
  MANUAL,
  STRIPE
}
