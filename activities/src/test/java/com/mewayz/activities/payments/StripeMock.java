package com.mewayz.activities.payments;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The stripe-mock server the gateway tests talk to, named by {@value #VARIABLE}. A developer
 * without it gets a skip that says how to start it; under CI ({@code CI=true}) its absence fails
 * the build, so the tests can never be silently skipped there.
 */
final class StripeMock {
  static final String VARIABLE = "MEWAYZ_STRIPE_MOCK_URL";

  private StripeMock() {}

  static String url() {
    String url = System.getenv(VARIABLE);
    if (url != null && !url.isBlank()) {
      return url;
    }
    String howTo =
        VARIABLE
            + " is not set: run `scripts/stripe-mock.sh start` and export the line it prints to"
            + " run the Stripe gateway tests";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("Under CI the Stripe gateway tests must run. " + howTo);
    }
    Assumptions.abort(howTo);
    return null;
  }
}
