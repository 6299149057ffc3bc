package com.mewayz.activities.commerce;

import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.OrderStore;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.failure.ApplicationFailure;

/** Order lookups shared by the order and payment activities. */
final class Orders {
  private Orders() {}

  /** The order, or a non-retryable failure: an order that is gone will not come back. */
  static Order require(OrderStore orders, String orderId) {
    return orders
        .find(orderId)
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "The order " + orderId + " no longer exists", FailureTypes.NOT_FOUND.type()));
  }
}
