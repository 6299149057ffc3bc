package com.mewayz.workflows.payments;

/**
 * Types of the failures the Stripe gateway raises, so a workflow can tell a declined card from a
 * workspace that never set up Stripe. Only {@link #STRIPE_UNAVAILABLE} is retried.
 */
public enum PaymentFailureTypes {
  /** The workspace has no Stripe secret key (or it can no longer be decrypted). Not retried. */
  STRIPE_NOT_CONFIGURED,
  /** Stripe refused the workspace's key or its permissions. Not retried: the owner must fix it. */
  STRIPE_AUTHENTICATION,
  /** The card was declined. Not retried: the customer must pay another way. */
  CARD_DECLINED,
  /** Stripe refused the request as invalid (unknown object, bad amount...). Not retried. */
  INVALID_REQUEST,
  /** The idempotency key was used before with other parameters: a bug, not retried. */
  IDEMPOTENCY_CONFLICT,
  /** Rate limited, unreachable or a Stripe server error: retried by the activity's policy. */
  STRIPE_UNAVAILABLE;

  public String type() {
    return name();
  }
}
