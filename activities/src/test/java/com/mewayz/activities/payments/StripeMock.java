package com.mewayz.activities.payments;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stripe-mock server the gateway tests talk to, named by {@value #VARIABLE}. As a JUnit
 * condition it skips the tests, with a reason saying how to start it, for a developer without it;
 * under CI ({@code CI=true}) it never skips, and {@link #url()} fails instead, so the tests cannot
 * silently vanish from the build.
 */
final class StripeMock implements ExecutionCondition {
  static final String VARIABLE = "MEWAYZ_STRIPE_MOCK_URL";
  private static final String HOW_TO =
      VARIABLE
          + " is not set: run `scripts/stripe-mock.sh start` and export the line it prints to run"
          + " the Stripe gateway tests";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (configured() != null || underCi()) {
      return ConditionEvaluationResult.enabled("stripe-mock is configured or required");
    }
    System.err.println("Skipping " + context.getDisplayName() + ": " + HOW_TO);
    return ConditionEvaluationResult.disabled(HOW_TO);
  }

  static String url() {
    String url = configured();
    if (url == null) {
      fail("Under CI the Stripe gateway tests must run. " + HOW_TO);
    }
    return url;
  }

  private static String configured() {
    String url = System.getenv(VARIABLE);
    return url == null || url.isBlank() ? null : url;
  }

  private static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
