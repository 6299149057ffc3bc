package com.mewayz.activities.payments;

/**
 * What happens with a Stripe event once its signature is verified and it is known to be new. Called
 * at most once per event id and workspace; if it throws, the event is forgotten and Stripe's retry
 * runs it again, so an implementation must tolerate a second call after a partial first one.
 */
public interface StripeEventHandler {
  void handle(StripeEvent event);
}
