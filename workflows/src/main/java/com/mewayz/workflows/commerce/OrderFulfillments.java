package com.mewayz.workflows.commerce;

import java.time.Duration;

/** Names and timings of the order process, shared by the API, the worker and the tests. */
public final class OrderFulfillments {
  public static final String TASK_QUEUE = "commerce";

  /** How long a manual payment may take before the order is cancelled and its stock released. */
  public static final Duration PAYMENT_TIMEOUT = Duration.ofDays(3);

  private OrderFulfillments() {}

  public static String workflowId(String orderId) {
    return "order-" + orderId;
  }
}
