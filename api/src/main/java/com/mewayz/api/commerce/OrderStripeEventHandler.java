package com.mewayz.api.commerce;

import com.mewayz.activities.payments.StripeEvent;
import com.mewayz.activities.payments.StripeEventHandler;
import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.OrderRepository;
import com.mewayz.domain.commerce.OrderStore;
import com.mewayz.workflows.commerce.LatePaymentRefundWorkflow;
import com.mewayz.workflows.commerce.OrderFulfillmentWorkflow;
import com.mewayz.workflows.commerce.OrderFulfillments;
import com.mewayz.workflows.commerce.OrderStatus;
import com.mewayz.workflows.commerce.PaymentMethod;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Stripe's word on an order's payment: {@code payment_intent.succeeded} confirms the order through
 * its workflow's {@code confirmPayment} update, {@code payment_intent.payment_failed} is counted on
 * the order, which keeps waiting (the customer may try again). A payment of an order already
 * cancelled starts its {@link LatePaymentRefundWorkflow}. Every event is then published as before,
 * so automations still see it.
 *
 * <p>Harmless to repeat: an order already paid, or ended, ignores a confirmation, and an event
 * older than one already received about the same PaymentIntent changes nothing. Only a refusal the
 * order may still get past (its PaymentIntent not known to the workflow yet) is thrown, so the
 * event is forgotten and Stripe's retry delivers it again. Logs ids only, never a client secret.
 */
@Component
class OrderStripeEventHandler implements StripeEventHandler {
  private static final Logger log = LoggerFactory.getLogger(OrderStripeEventHandler.class);

  private final OrderRepository orders;
  private final OrderStore orderStore;
  private final WorkflowClient temporal;
  private final StripeEventHandler publishing;
  private final Clock clock;

  OrderStripeEventHandler(
      OrderRepository orders,
      OrderStore orderStore,
      WorkflowClient temporal,
      @Qualifier("publishingStripeEventHandler") StripeEventHandler publishing,
      Clock clock) {
    this.orders = orders;
    this.orderStore = orderStore;
    this.temporal = temporal;
    this.publishing = publishing;
    this.clock = clock;
  }

  @Override
  public void handle(StripeEvent event) {
    stripeOrder(event)
        .ifPresent(
            order -> {
              switch (event.type()) {
                case "payment_intent.succeeded" -> confirm(order, event);
                case "payment_intent.payment_failed" ->
                    orderStore.recordPaymentFailure(order.id(), event.created(), clock.instant());
                default -> {}
              }
            });
    publishing.handle(event);
  }

  /** The STRIPE order of this workspace the event names, when the event may change it. */
  private Optional<Order> stripeOrder(StripeEvent event) {
    String orderId = event.metadata().get("orderId");
    String workspaceId = event.metadata().get("workspaceId");
    if (orderId == null || !event.newest()) {
      return Optional.empty();
    }
    if (workspaceId != null && !workspaceId.equals(event.workspaceId())) {
      log.warn("Stripe event {} names another workspace; ignored", event.eventId());
      return Optional.empty();
    }
    Optional<Order> order =
        orders
            .findByIdAndWorkspaceId(orderId, event.workspaceId())
            .filter(o -> o.paymentMethod() == PaymentMethod.STRIPE);
    if (order.isEmpty()) {
      log.info("Stripe event {} names no Stripe order of the workspace", event.eventId());
    }
    return order;
  }

  private void confirm(Order order, StripeEvent event) {
    if (order.paidAt() == null && order.status() == OrderStatus.CANCELLED) {
      refundLatePayment(order, event);
      return;
    }
    if (settled(order)) {
      log.info(
          "Order {} is already {}: Stripe event {} ignored",
          order.id(),
          order.status(),
          event.eventId());
      return;
    }
    WorkflowStub workflow =
        WorkflowStub.fromTyped(
            temporal.newWorkflowStub(
                OrderFulfillmentWorkflow.class, OrderFulfillments.workflowId(order.id())));
    try {
      // Accepted is enough: the update is then in the order's history and runs to the end
      // without keeping Stripe waiting for the mails.
      workflow.startUpdate(
          "confirmPayment",
          WorkflowUpdateStage.ACCEPTED,
          OrderStatus.class,
          event.paymentIntentId());
      log.info("Order {} confirmed by Stripe event {}", order.id(), event.eventId());
    } catch (WorkflowUpdateException | WorkflowNotFoundException refused) {
      Order now = orders.findById(order.id()).orElse(order);
      if (settled(now) || refused instanceof WorkflowNotFoundException) {
        log.info(
            "Order {} no longer awaits payment: Stripe event {} ignored",
            order.id(),
            event.eventId());
        return;
      }
      throw refused;
    }
  }

  /**
   * Paid at Stripe after the order was cancelled (payment timeout, the merchant): the money is
   * there but the order is not, so it goes back. One refund workflow per order: a repeated report
   * finds it started and changes nothing.
   */
  private void refundLatePayment(Order order, StripeEvent event) {
    if (order.stripePaymentIntentId() == null
        || !order.stripePaymentIntentId().equals(event.paymentIntentId())) {
      log.warn(
          "Stripe event {} reports a payment the cancelled order {} never asked for; ignored",
          event.eventId(),
          order.id());
      return;
    }
    LatePaymentRefundWorkflow refund =
        temporal.newWorkflowStub(
            LatePaymentRefundWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(OrderFulfillments.latePaymentWorkflowId(order.id()))
                .setTaskQueue(OrderFulfillments.TASK_QUEUE)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build());
    try {
      WorkflowClient.start(refund::refund, order.id());
      log.info(
          "Order {} was cancelled but Stripe event {} reports its payment: refunding it",
          order.id(),
          event.eventId());
    } catch (WorkflowExecutionAlreadyStarted already) {
      log.info("Order {}: the late payment is already being refunded", order.id());
    }
  }

  private static boolean settled(Order order) {
    return order.paidAt() != null || order.status().isFinal();
  }
}
