package com.mewayz.workflows.billing;

/** How an invoice was paid: recorded by the merchant, or confirmed by Stripe. */
public enum InvoicePaymentMethod {
  MANUAL,
  STRIPE
}
