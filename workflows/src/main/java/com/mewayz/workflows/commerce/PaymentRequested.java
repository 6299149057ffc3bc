package com.mewayz.workflows.commerce;

/**
 * What {@link PaymentActivities#requestPayment} keeps in the history: the PaymentIntent's id, never
 * its client secret. Fields may be added, never removed or renamed: recorded histories carry them.
 */
public record PaymentRequested(String paymentIntentId) {}
