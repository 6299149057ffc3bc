package com.mewayz.activities.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.workflows.payments.PaymentFailureTypes;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.RateLimitException;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.Test;

/** The documented mapping, for the errors stripe-mock cannot produce. */
class StripeErrorMappingTest {

  @Test
  void aDeclinedCardIsNotRetried() {
    ApplicationFailure failure =
        StripeGateway.failureOf(
            new CardException(
                "Your card was declined.",
                "req_1",
                "card_declined",
                null,
                "generic_decline",
                null,
                402,
                null));

    assertThat(failure.getType()).isEqualTo(PaymentFailureTypes.CARD_DECLINED.type());
    assertThat(failure.isNonRetryable()).isTrue();
  }

  @Test
  void rateLimitsAndServerErrorsAreRetried() {
    ApplicationFailure limited =
        StripeGateway.failureOf(new RateLimitException("Too many", "req_2", null, null, 429, null));
    ApplicationFailure broken =
        StripeGateway.failureOf(new ApiException("Oops", "req_3", null, 500, null));

    assertThat(limited.isNonRetryable()).isFalse();
    assertThat(broken.isNonRetryable()).isFalse();
    assertThat(broken.getType()).isEqualTo(PaymentFailureTypes.STRIPE_UNAVAILABLE.type());
  }

  @Test
  void aRefusedKeyIsNotRetriedAndNeverEchoed() {
    ApplicationFailure failure =
        StripeGateway.failureOf(
            new AuthenticationException(
                "Invalid API Key provided: sk_test_abcdefghijkl1234", "req_4", null, 401));

    assertThat(failure.getType()).isEqualTo(PaymentFailureTypes.STRIPE_AUTHENTICATION.type());
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).doesNotContain("abcdefghijkl").contains("sk_…1234");
  }
}
