package com.mewayz.workflows.billing;

/**
 * A payment of an invoice: a manual one the merchant recorded, or a Stripe PaymentIntent that
 * succeeded (its id is the reference). Only whole payments are taken: {@code amountMinor} equals
 * the invoice's total. Fields may be added, never removed or renamed: recorded histories carry
 * them.
 */
public record InvoicePayment(long amountMinor, String reference, InvoicePaymentMethod method) {}
