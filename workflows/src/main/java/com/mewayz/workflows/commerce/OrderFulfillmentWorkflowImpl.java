package com.mewayz.workflows.commerce;

import com.mewayz.workflows.common.FailureTypes;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Saga;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import org.slf4j.Logger;

public class OrderFulfillmentWorkflowImpl implements OrderFulfillmentWorkflow {
  private static final Logger log = Workflow.getLogger(OrderFulfillmentWorkflowImpl.class);

  private final OrderActivities orders =
      Workflow.newActivityStub(OrderActivities.class, OrderFulfillments.ACTIVITIES);
  private final PaymentActivities payments =
      Workflow.newActivityStub(PaymentActivities.class, OrderFulfillments.ACTIVITIES);

  private final OrderRequest request;
  private final String orderId;
  private OrderStatus status = OrderStatus.RESERVING;
  private String paymentReference;
  private String paymentIntentId;
  private Tracking tracking;
  private boolean cancelRequested;

  // Runs before any update handler, so the validators always know the order.
  @WorkflowInit
  public OrderFulfillmentWorkflowImpl(OrderRequest request) {
    this.request = request;
    this.orderId = request.orderId();
  }

  @Override
  public OrderStatus run(OrderRequest ignored) {
    Saga saga = new Saga(new Saga.Options.Builder().build());
    try {
      orders.emit(orderId, "order.created");
      // Registered first: a reservation that half-succeeded before a crash is still given back.
      saga.addCompensation(orders::releaseStock, orderId);
      if (!reserveStock()) {
        return cancel(saga, OrderCancelReason.OUT_OF_STOCK);
      }
      // Refunds only what was paid; registered before the payment can arrive.
      saga.addCompensation(this::refundIfPaid);
      moveTo(OrderStatus.AWAITING_PAYMENT);
      if (request.paymentMethod() == PaymentMethod.STRIPE) {
        // Registered before the PaymentIntent exists: one created by an attempt that timed out
        // is withdrawn too, so nobody pays an order that was cancelled.
        saga.addCompensation(this::withdrawPaymentIfUnpaid);
        if (!requestStripePayment()) {
          return cancel(saga, OrderCancelReason.PAYMENT_UNAVAILABLE);
        }
      }
      if (!Workflow.await(paymentTimeout(), () -> paymentReference != null || cancelRequested)) {
        return cancel(saga, OrderCancelReason.PAYMENT_TIMEOUT);
      }
      if (cancelRequested) {
        return cancel(saga, OrderCancelReason.MERCHANT);
      }
      pay();
      if (request.physical()) {
        moveTo(OrderStatus.AWAITING_SHIPMENT);
        Workflow.await(() -> tracking != null || cancelRequested);
        if (cancelRequested) {
          return cancel(saga, OrderCancelReason.MERCHANT);
        }
        shipParcel();
      }
      moveTo(OrderStatus.COMPLETED);
      return status;
    } catch (CanceledFailure e) {
      // Cancelled from Temporal itself (an operator): the same cancellation as the merchant's.
      cancel(saga, OrderCancelReason.MERCHANT);
      throw e;
    } catch (ActivityFailure e) {
      // A side effect failed for good: undo what was done, then fail the run for an operator.
      log.warn("Order {} failed while {}: compensating", orderId, status);
      Workflow.newDetachedCancellationScope(saga::compensate).run();
      throw e;
    }
  }

  private boolean reserveStock() {
    try {
      orders.reserveStock(orderId);
      return true;
    } catch (ActivityFailure e) {
      if (e.getCause() instanceof ApplicationFailure app
          && FailureTypes.OUT_OF_STOCK.type().equals(app.getType())) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Runs after AWAITING_PAYMENT so a checkout page polling the order sees the client secret appear;
   * the idempotency key makes a retried activity create one PaymentIntent. False when Stripe
   * refused for good (or stayed down for the whole retry window): nobody could ever pay.
   */
  private boolean requestStripePayment() {
    try {
      paymentIntentId = payments.requestPayment(orderId).paymentIntentId();
      return true;
    } catch (ActivityFailure e) {
      log.warn("Order {}: no Stripe payment could be requested: {}", orderId, e.getCause());
      return false;
    }
  }

  private void pay() {
    orders.recordPayment(orderId, paymentReference);
    moveTo(OrderStatus.PAID);
    orders.emit(orderId, "order.paid");
    orders.sendMail(orderId, OrderMailKind.CONFIRMATION);
    if (request.digital()) {
      orders.sendMail(orderId, OrderMailKind.DIGITAL_DELIVERY);
    }
  }

  private void shipParcel() {
    orders.recordShipment(orderId, tracking);
    moveTo(OrderStatus.SHIPPED);
    orders.emit(orderId, "order.shipped");
    orders.sendMail(orderId, OrderMailKind.SHIPPED);
  }

  /** Runs the compensations in reverse, then tells the order record, automations and customer. */
  private OrderStatus cancel(Saga saga, OrderCancelReason reason) {
    Workflow.newDetachedCancellationScope(
            () -> {
              saga.compensate();
              orders.updateStatus(orderId, OrderStatus.CANCELLED, reason);
              orders.emit(orderId, "order.cancelled");
              orders.sendMail(orderId, OrderMailKind.CANCELLED);
            })
        .run();
    status = OrderStatus.CANCELLED;
    return status;
  }

  private void withdrawPaymentIfUnpaid() {
    if (paymentReference != null) {
      return;
    }
    try {
      payments.withdrawPayment(orderId);
    } catch (ActivityFailure e) {
      // An open PaymentIntent must not stop the stock from being released: warn and go on.
      log.warn("Order {}: its PaymentIntent could not be withdrawn: {}", orderId, e.getCause());
    }
  }

  private void refundIfPaid() {
    if (paymentReference != null) {
      payments.refund(orderId, request.paymentMethod());
    }
  }

  private void moveTo(OrderStatus next) {
    orders.updateStatus(orderId, next, null);
    status = next;
  }

  private Duration paymentTimeout() {
    return request.paymentTimeoutSeconds() > 0
        ? Duration.ofSeconds(request.paymentTimeoutSeconds())
        : OrderFulfillments.PAYMENT_TIMEOUT;
  }

  @Override
  public OrderStatus confirmPayment(String reference) {
    paymentReference = reference;
    // Answers once the paid order settled: delivered (digital) or waiting for shipment.
    Workflow.await(() -> status != OrderStatus.AWAITING_PAYMENT && status != OrderStatus.PAID);
    return status;
  }

  @Override
  public void validateConfirmPayment(String reference) {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("reference is required");
    }
    if (request.paymentMethod() == PaymentMethod.STRIPE) {
      // Only Stripe's webhook confirms, naming the PaymentIntent this order created.
      if (paymentIntentId == null || !paymentIntentId.equals(reference)) {
        throw new IllegalArgumentException(
            "A Stripe order is confirmed by Stripe, for the order's own PaymentIntent");
      }
    } else if (request.paymentMethod() != PaymentMethod.MANUAL) {
      throw new IllegalArgumentException("Only a manual payment is confirmed by the merchant");
    }
    if (status != OrderStatus.AWAITING_PAYMENT || paymentReference != null || cancelRequested) {
      throw new IllegalArgumentException("The order is not awaiting payment: " + describe());
    }
  }

  @Override
  public OrderStatus ship(Tracking tracking) {
    this.tracking = tracking;
    Workflow.await(() -> status == OrderStatus.COMPLETED);
    return OrderStatus.SHIPPED;
  }

  @Override
  public void validateShip(Tracking tracking) {
    if (tracking == null || blank(tracking.carrier()) || blank(tracking.number())) {
      throw new IllegalArgumentException("tracking needs a carrier and a number");
    }
    if (!request.physical()) {
      throw new IllegalArgumentException("A digital order is not shipped");
    }
    if (status != OrderStatus.AWAITING_SHIPMENT || this.tracking != null || cancelRequested) {
      throw new IllegalArgumentException("The order cannot be shipped: " + describe());
    }
  }

  @Override
  public OrderStatus cancel() {
    cancelRequested = true;
    Workflow.await(() -> status.isFinal());
    return status;
  }

  @Override
  public void validateCancel() {
    if (status.isFinal() || status == OrderStatus.SHIPPED || tracking != null || cancelRequested) {
      throw new IllegalArgumentException("The order can no longer be cancelled: " + describe());
    }
    if (status == OrderStatus.RESERVING || status == OrderStatus.PAID) {
      // Between two waits the process is running side effects; it checks for cancellation next.
      throw new IllegalArgumentException("The order is being processed; try again in a moment");
    }
  }

  @Override
  public OrderStatus status() {
    return status;
  }

  private String describe() {
    return cancelRequested ? "cancellation requested" : status.name().toLowerCase();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
