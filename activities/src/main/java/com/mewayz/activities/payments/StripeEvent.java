package com.mewayz.activities.payments;

import java.time.Instant;
import java.util.Map;

/**
 * A verified Stripe event of one workspace, as handed to a {@link StripeEventHandler}. {@code
 * paymentIntentId} is the PaymentIntent it is about (a charge's own, for charge events); {@code
 * newest} is false when a newer event about the same PaymentIntent was received before this one,
 * which must then not override the state that newer event set.
 */
public record StripeEvent(
    String workspaceId,
    String eventId,
    String type,
    Instant created,
    String paymentIntentId,
    Long amount,
    String currency,
    Map<String, String> metadata,
    boolean newest) {}
