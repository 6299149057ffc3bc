package com.mewayz.workflows.commerce;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One order, from stock reservation to delivery: reserves stock, waits for the payment, delivers
 * digital content or waits for the merchant to ship, and mails the customer along the way. A
 * cancellation before shipment undoes what was done, in reverse. Workflow id: {@link
 * OrderFulfillments#workflowId(String)}.
 */
@WorkflowInterface
public interface OrderFulfillmentWorkflow {

  /** Returns COMPLETED, or CANCELLED (out of stock, payment timeout, cancelled by the merchant). */
  @WorkflowMethod
  OrderStatus run(OrderRequest request);

  /**
   * The merchant received a manual payment; answers with the status once the paid order settled
   * (COMPLETED for a digital order, AWAITING_SHIPMENT for a physical one).
   */
  @UpdateMethod
  OrderStatus confirmPayment(String reference);

  @UpdateValidatorMethod(updateName = "confirmPayment")
  void validateConfirmPayment(String reference);

  /** The merchant shipped a physical order; answers once the customer was told. */
  @UpdateMethod
  OrderStatus ship(Tracking tracking);

  @UpdateValidatorMethod(updateName = "ship")
  void validateShip(Tracking tracking);

  /** The merchant cancels before shipment; answers once the compensations ran. */
  @UpdateMethod
  OrderStatus cancel();

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel();

  @QueryMethod
  OrderStatus status();
}
