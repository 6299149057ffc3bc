package com.mewayz.workflows.commerce;

import io.temporal.workflow.Workflow;

public class LatePaymentRefundWorkflowImpl implements LatePaymentRefundWorkflow {
  private final OrderActivities orders =
      Workflow.newActivityStub(OrderActivities.class, OrderFulfillments.ACTIVITIES);
  private final PaymentActivities payments =
      Workflow.newActivityStub(PaymentActivities.class, OrderFulfillments.ACTIVITIES);

  @Override
  public void refund(String orderId) {
    // Same idempotency key as the cancellation's own refund: if both ran, Stripe refunds once.
    payments.refund(orderId, PaymentMethod.STRIPE);
    orders.sendMail(orderId, OrderMailKind.LATE_PAYMENT_REFUNDED);
    orders.emit(orderId, "order.refunded");
  }
}
