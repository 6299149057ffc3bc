package com.mewayz.workflows.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

class OrderFulfillmentWorkflowTest {

  private static final String ORDER = "ord-1";
  private static final Tracking TRACKING =
      new Tracking("DHL", "JD0123", "https://track.example/JD0123");

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(OrderFulfillmentWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final OrderActivities orders =
      mock(OrderActivities.class, withSettings().withoutAnnotations());
  private final PaymentActivities payments =
      mock(PaymentActivities.class, withSettings().withoutAnnotations());

  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private OrderFulfillmentWorkflow order;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    this.client = client;
    worker.registerActivitiesImplementations(orders, payments);
    env.start();
    order =
        client.newWorkflowStub(
            OrderFulfillmentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(OrderFulfillments.workflowId(ORDER))
                .setTaskQueue(worker.getTaskQueue())
                .build());
  }

  private void place(boolean digital, boolean physical) {
    WorkflowClient.start(
        order::run, new OrderRequest(ORDER, "ws-1", PaymentMethod.MANUAL, digital, physical, 0));
    env.sleep(Duration.ofMinutes(1));
  }

  private static final String INTENT = "pi_3Mewayz";

  private void placeWithStripe(boolean digital, boolean physical) {
    when(payments.requestPayment(ORDER)).thenReturn(new PaymentRequested(INTENT));
    WorkflowClient.start(
        order::run, new OrderRequest(ORDER, "ws-1", PaymentMethod.STRIPE, digital, physical, 0));
    env.sleep(Duration.ofMinutes(1));
  }

  private OrderStatus result() {
    return WorkflowStub.fromTyped(order).getResult(OrderStatus.class);
  }

  @Test
  void digitalOrderIsDeliveredByMailOncePaid() {
    place(true, false);
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

    order.confirmPayment("transfer-42");

    assertThat(result()).isEqualTo(OrderStatus.COMPLETED);
    InOrder inOrder = inOrder(orders);
    inOrder.verify(orders).emit(ORDER, "order.created");
    inOrder.verify(orders).reserveStock(ORDER);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.AWAITING_PAYMENT, null);
    inOrder.verify(orders).recordPayment(ORDER, "transfer-42");
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.PAID, null);
    inOrder.verify(orders).emit(ORDER, "order.paid");
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.CONFIRMATION);
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.DIGITAL_DELIVERY);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.COMPLETED, null);
    verifyNoMoreInteractions(orders);
    verifyNoInteractions(payments);
  }

  @Test
  void physicalOrderWaitsForTheMerchantToShipIt() {
    place(false, true);
    order.confirmPayment("transfer-42");
    env.sleep(Duration.ofDays(5));
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
    verify(orders, never()).sendMail(ORDER, OrderMailKind.SHIPPED);

    assertThat(order.ship(TRACKING)).isEqualTo(OrderStatus.SHIPPED);

    assertThat(result()).isEqualTo(OrderStatus.COMPLETED);
    InOrder inOrder = inOrder(orders);
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.CONFIRMATION);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.AWAITING_SHIPMENT, null);
    inOrder.verify(orders).recordShipment(ORDER, TRACKING);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.SHIPPED, null);
    inOrder.verify(orders).emit(ORDER, "order.shipped");
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.SHIPPED);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.COMPLETED, null);
    verify(orders, never()).sendMail(ORDER, OrderMailKind.DIGITAL_DELIVERY);
    verify(orders, never()).releaseStock(anyString());
    verifyNoInteractions(payments);
  }

  @Test
  void unpaidOrderIsCancelledAfterThreeDaysAndReleasesItsStock() {
    place(false, true);
    env.sleep(Duration.ofDays(3).minusMinutes(5));
    verify(orders, never()).releaseStock(anyString());

    env.sleep(Duration.ofMinutes(10));

    assertThat(result()).isEqualTo(OrderStatus.CANCELLED);
    InOrder inOrder = inOrder(orders);
    inOrder.verify(orders).releaseStock(ORDER);
    inOrder
        .verify(orders)
        .updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.PAYMENT_TIMEOUT);
    inOrder.verify(orders).emit(ORDER, "order.cancelled");
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.CANCELLED);
    verify(orders, never()).recordPayment(anyString(), anyString());
    verifyNoInteractions(payments);
  }

  @Test
  void paymentTimeoutIsConfigurablePerOrder() {
    WorkflowClient.start(
        order::run, new OrderRequest(ORDER, "ws-1", PaymentMethod.MANUAL, true, false, 3600));
    env.sleep(Duration.ofMinutes(61));

    assertThat(result()).isEqualTo(OrderStatus.CANCELLED);
    verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.PAYMENT_TIMEOUT);
    verify(orders).releaseStock(ORDER);
  }

  @Test
  void cancelsOrderBeforeShipmentRefundingThenRestocking() {
    place(false, true);
    order.confirmPayment("transfer-42");
    env.sleep(Duration.ofHours(2));

    assertThat(order.cancel()).isEqualTo(OrderStatus.CANCELLED);

    assertThat(result()).isEqualTo(OrderStatus.CANCELLED);
    // Compensations in reverse: the refund (registered last) before the stock release.
    InOrder inOrder = inOrder(payments, orders);
    inOrder.verify(payments).refund(ORDER, PaymentMethod.MANUAL);
    inOrder.verify(orders).releaseStock(ORDER);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.MERCHANT);
    inOrder.verify(orders).emit(ORDER, "order.cancelled");
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.CANCELLED);
    verify(orders, never()).recordShipment(anyString(), any());
    verify(orders, never()).sendMail(ORDER, OrderMailKind.SHIPPED);
  }

  @Test
  void cancelBeforePaymentRestocksWithoutRefund() {
    place(true, false);

    assertThat(order.cancel()).isEqualTo(OrderStatus.CANCELLED);

    verify(orders).releaseStock(ORDER);
    verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.MERCHANT);
    verify(orders, never()).sendMail(ORDER, OrderMailKind.CONFIRMATION);
    verifyNoInteractions(payments);
  }

  @Test
  void cancellingTheRunFromTemporalCompensatesLikeTheMerchantsCancel() {
    place(false, true);
    order.confirmPayment("transfer-42");

    WorkflowStub.fromTyped(order).cancel();

    assertThatThrownBy(this::result).isInstanceOf(WorkflowFailedException.class);
    InOrder inOrder = inOrder(payments, orders);
    inOrder.verify(payments).refund(ORDER, PaymentMethod.MANUAL);
    inOrder.verify(orders).releaseStock(ORDER);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.MERCHANT);
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.CANCELLED);
  }

  @Test
  void refundAndReleaseFailingTwiceAreRetriedUntilTheySucceed() {
    doThrow(new IllegalStateException("database down"))
        .doThrow(new IllegalStateException("database down"))
        .doNothing()
        .when(payments)
        .refund(ORDER, PaymentMethod.MANUAL);
    doThrow(new IllegalStateException("database down"))
        .doThrow(new IllegalStateException("database down"))
        .doNothing()
        .when(orders)
        .releaseStock(ORDER);
    place(false, true);
    order.confirmPayment("transfer-42");

    assertThat(order.cancel()).isEqualTo(OrderStatus.CANCELLED);

    verify(payments, times(3)).refund(ORDER, PaymentMethod.MANUAL);
    verify(orders, times(3)).releaseStock(ORDER);
    verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.MERCHANT);
  }

  @Test
  void outOfStockCancelsTheOrderWithoutWaitingForPayment() {
    doThrow(ApplicationFailure.newNonRetryableFailure("Mug: 1 left", "OUT_OF_STOCK"))
        .when(orders)
        .reserveStock(ORDER);
    place(false, true);

    assertThat(result()).isEqualTo(OrderStatus.CANCELLED);
    verify(orders, times(1)).reserveStock(ORDER);
    verify(orders).releaseStock(ORDER);
    verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.OUT_OF_STOCK);
    verify(orders).sendMail(ORDER, OrderMailKind.CANCELLED);
    verify(orders, never()).updateStatus(ORDER, OrderStatus.AWAITING_PAYMENT, null);
  }

  @Test
  void shippingADigitalOrderIsRefused() {
    place(true, false);

    assertThatThrownBy(() -> order.ship(TRACKING))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("A digital order is not shipped");
  }

  @Test
  void shippingBeforePaymentIsRefused() {
    place(false, true);

    assertThatThrownBy(() -> order.ship(TRACKING))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("awaiting_payment");
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
  }

  @Test
  void shippingWithoutATrackingNumberIsRefused() {
    place(false, true);
    order.confirmPayment("transfer-42");

    assertThatThrownBy(() -> order.ship(new Tracking("DHL", " ", null)))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("carrier and a number");
    verify(orders, never()).recordShipment(anyString(), any());
  }

  @Test
  void cancellingOnceShippedIsRefused() {
    // Keeps the order between the ship update and its completion long enough to try a cancel.
    doAnswer(
            call -> {
              Thread.sleep(1500);
              return null;
            })
        .when(orders)
        .recordShipment(ORDER, TRACKING);
    place(false, true);
    order.confirmPayment("transfer-42");
    WorkflowStub.fromTyped(order)
        .startUpdate("ship", WorkflowUpdateStage.ACCEPTED, OrderStatus.class, TRACKING);

    assertThatThrownBy(() -> order.cancel())
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("can no longer be cancelled");
    assertThat(result()).isEqualTo(OrderStatus.COMPLETED);
    verifyNoInteractions(payments);
    verify(orders, never()).releaseStock(anyString());
  }

  @Test
  void confirmingAPaymentTwiceOrWithoutAReferenceIsRefused() {
    place(false, true);
    assertThatThrownBy(() -> order.confirmPayment(""))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("reference is required");

    order.confirmPayment("transfer-42");

    assertThatThrownBy(() -> order.confirmPayment("transfer-43"))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("not awaiting payment");
    verify(orders).recordPayment(ORDER, "transfer-42");
    verify(orders, never()).recordPayment(eq(ORDER), eq("transfer-43"));
  }

  @Test
  void stripeOrderCreatesItsPaymentIntentOnceAndIsPaidByStripesConfirmation() {
    placeWithStripe(true, false);
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    verify(payments).requestPayment(ORDER);

    assertThat(order.confirmPayment(INTENT)).isEqualTo(OrderStatus.COMPLETED);

    assertThat(result()).isEqualTo(OrderStatus.COMPLETED);
    InOrder inOrder = inOrder(orders, payments);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.AWAITING_PAYMENT, null);
    inOrder.verify(payments).requestPayment(ORDER);
    inOrder.verify(orders).recordPayment(ORDER, INTENT);
    inOrder.verify(orders).emit(ORDER, "order.paid");
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.DIGITAL_DELIVERY);
    verify(payments, times(1)).requestPayment(ORDER);
    verify(payments, never()).refund(anyString(), any());
  }

  @Test
  void aStripePaymentIntentFailingTwiceIsRetriedAndCreatedOnce() {
    when(payments.requestPayment(ORDER))
        .thenThrow(ApplicationFailure.newFailure("Stripe: unreachable", "STRIPE_UNAVAILABLE"))
        .thenThrow(ApplicationFailure.newFailure("Stripe: unreachable", "STRIPE_UNAVAILABLE"))
        .thenReturn(new PaymentRequested(INTENT));
    WorkflowClient.start(
        order::run, new OrderRequest(ORDER, "ws-1", PaymentMethod.STRIPE, true, false, 0));
    env.sleep(Duration.ofMinutes(1));

    assertThat(order.confirmPayment(INTENT)).isEqualTo(OrderStatus.COMPLETED);
    // Three attempts, one outcome: the activity sends the same idempotency key every time.
    verify(payments, times(3)).requestPayment(ORDER);
  }

  @Test
  void aStripeOrderIsConfirmedOnlyForItsOwnPaymentIntentAndOnlyOnce() {
    placeWithStripe(false, true);

    assertThatThrownBy(() -> order.confirmPayment("pi_someoneElse"))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("own PaymentIntent");
    assertThat(order.confirmPayment(INTENT)).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
    assertThatThrownBy(() -> order.confirmPayment(INTENT))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("not awaiting payment");

    verify(orders, times(1)).recordPayment(ORDER, INTENT);
    verify(orders, never()).recordPayment(eq(ORDER), eq("pi_someoneElse"));
  }

  @Test
  void unpaidStripeOrderIsCancelledAfterThreeDaysWithoutRefund() {
    placeWithStripe(true, false);
    env.sleep(Duration.ofDays(3).minusMinutes(5));
    verify(orders, never()).releaseStock(anyString());

    env.sleep(Duration.ofMinutes(10));

    assertThat(result()).isEqualTo(OrderStatus.CANCELLED);
    // The PaymentIntent is withdrawn before the stock goes back, so it can no longer be paid.
    InOrder inOrder = inOrder(payments, orders);
    inOrder.verify(payments).withdrawPayment(ORDER);
    inOrder.verify(orders).releaseStock(ORDER);
    verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.PAYMENT_TIMEOUT);
    verify(payments, never()).refund(anyString(), any());
  }

  @Test
  void cancellingAPaidStripeOrderRefundsThroughStripeRetryingUntilItSucceeds() {
    doThrow(ApplicationFailure.newFailure("Stripe: unreachable", "STRIPE_UNAVAILABLE"))
        .doThrow(ApplicationFailure.newFailure("Stripe: unreachable", "STRIPE_UNAVAILABLE"))
        .doNothing()
        .when(payments)
        .refund(ORDER, PaymentMethod.STRIPE);
    placeWithStripe(false, true);
    order.confirmPayment(INTENT);

    assertThat(order.cancel()).isEqualTo(OrderStatus.CANCELLED);

    InOrder inOrder = inOrder(payments, orders);
    inOrder.verify(payments, times(3)).refund(ORDER, PaymentMethod.STRIPE);
    inOrder.verify(orders).releaseStock(ORDER);
    inOrder.verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.MERCHANT);
    verify(payments, never()).refund(ORDER, PaymentMethod.MANUAL);
    verify(payments, never()).withdrawPayment(anyString());
  }

  @Test
  void aPaymentIntentThatCannotBeWithdrawnDoesNotStopTheCancellation() {
    doThrow(ApplicationFailure.newNonRetryableFailure("no key", "STRIPE_NOT_CONFIGURED"))
        .when(payments)
        .withdrawPayment(ORDER);
    placeWithStripe(false, true);

    assertThat(order.cancel()).isEqualTo(OrderStatus.CANCELLED);

    verify(payments).withdrawPayment(ORDER);
    verify(orders).releaseStock(ORDER);
    verify(orders).updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.MERCHANT);
  }

  @Test
  void aStripeOrderWhoseWorkspaceLostItsKeysIsCancelledAndRestocked() {
    when(payments.requestPayment(ORDER))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "Stripe is not configured for this workspace", "STRIPE_NOT_CONFIGURED"));
    WorkflowClient.start(
        order::run, new OrderRequest(ORDER, "ws-1", PaymentMethod.STRIPE, true, false, 0));

    assertThat(result()).isEqualTo(OrderStatus.CANCELLED);
    verify(payments, times(1)).requestPayment(ORDER);
    verify(orders).releaseStock(ORDER);
    verify(orders)
        .updateStatus(ORDER, OrderStatus.CANCELLED, OrderCancelReason.PAYMENT_UNAVAILABLE);
    verify(orders).sendMail(ORDER, OrderMailKind.CANCELLED);
    verify(payments, never()).refund(anyString(), any());
  }
}
