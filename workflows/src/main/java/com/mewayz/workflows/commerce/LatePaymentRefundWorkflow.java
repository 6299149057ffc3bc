package com.mewayz.workflows.commerce;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A card payment Stripe reports for an order that was already cancelled (the customer paid in the
 * last second, or paid an old checkout page): the money is refunded and the customer told. One per
 * order, id {@link OrderFulfillments#latePaymentWorkflowId}, so a repeated report refunds nothing
 * more.
 */
@WorkflowInterface
public interface LatePaymentRefundWorkflow {
  @WorkflowMethod
  void refund(String orderId);
}
