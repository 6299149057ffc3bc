package com.mewayz.workflows.billing;

/**
 * What one off-session charge of the invoice's saved payment method gave. {@code succeeded} false
 * with a {@code failure} for a declined card, or a payment Stripe could not finish without the
 * customer (3-D Secure); the ladder then goes on. Fields may be added, never removed or renamed.
 */
public record ChargeOutcome(
    boolean succeeded, String paymentIntentId, long amountMinor, String failure) {

  public static ChargeOutcome paid(String paymentIntentId, long amountMinor) {
    return new ChargeOutcome(true, paymentIntentId, amountMinor, null);
  }

  public static ChargeOutcome failed(String paymentIntentId, String failure) {
    return new ChargeOutcome(false, paymentIntentId, 0, failure);
  }
}
