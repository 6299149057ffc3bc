package com.mewayz.workflows.commerce;

import com.mewayz.workflows.common.ActivityPolicies;
import com.mewayz.workflows.common.FailureTypes;
import com.mewayz.workflows.payments.PaymentFailureTypes;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;

/** Names and timings of the order process, shared by the API, the worker and the tests. */
public final class OrderFulfillments {
  public static final String TASK_QUEUE = "commerce";

  /** How long a manual payment may take before the order is cancelled and its stock released. */
  public static final Duration PAYMENT_TIMEOUT = Duration.ofDays(3);

  // A mail server or database down for hours must not lose an order (nor a refund): keep retrying.
  static final ActivityOptions ACTIVITIES =
      ActivityPolicies.patient(
          Duration.ofSeconds(30),
          FailureTypes.OUT_OF_STOCK.type(),
          FailureTypes.NOT_FOUND.type(),
          FailureTypes.PAYMENT_UNAVAILABLE.type(),
          // Thrown non-retryable by the gateway already; named here for the reader.
          PaymentFailureTypes.STRIPE_NOT_CONFIGURED.type(),
          PaymentFailureTypes.STRIPE_AUTHENTICATION.type(),
          PaymentFailureTypes.INVALID_REQUEST.type(),
          PaymentFailureTypes.IDEMPOTENCY_CONFLICT.type());

  private OrderFulfillments() {}

  public static String workflowId(String orderId) {
    return "order-" + orderId;
  }

  /** The refund of a card payment that arrived after its order was cancelled. */
  public static String latePaymentWorkflowId(String orderId) {
    return "order-" + orderId + "-late-payment";
  }
}
