package com.mewayz.workflows.commerce;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.withSettings;

import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

class LatePaymentRefundWorkflowTest {
  private static final String ORDER = "ord-late";

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(LatePaymentRefundWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final OrderActivities orders =
      mock(OrderActivities.class, withSettings().withoutAnnotations());
  private final PaymentActivities payments =
      mock(PaymentActivities.class, withSettings().withoutAnnotations());
  private WorkflowClient client;
  private String taskQueue;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.client = client;
    this.taskQueue = worker.getTaskQueue();
    worker.registerActivitiesImplementations(orders, payments);
    env.start();
  }

  private LatePaymentRefundWorkflow stub() {
    return client.newWorkflowStub(
        LatePaymentRefundWorkflow.class,
        WorkflowOptions.newBuilder()
            .setWorkflowId(OrderFulfillments.latePaymentWorkflowId(ORDER))
            .setTaskQueue(taskQueue)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .build());
  }

  @Test
  void refundsThroughStripeRetryingUntilStripeAnswersThenTellsTheCustomerOnce() {
    doThrow(ApplicationFailure.newFailure("Stripe: unreachable", "STRIPE_UNAVAILABLE"))
        .doThrow(ApplicationFailure.newFailure("Stripe: unreachable", "STRIPE_UNAVAILABLE"))
        .doNothing()
        .when(payments)
        .refund(ORDER, PaymentMethod.STRIPE);

    stub().refund(ORDER);

    InOrder inOrder = inOrder(payments, orders);
    inOrder.verify(payments, times(3)).refund(ORDER, PaymentMethod.STRIPE);
    inOrder.verify(orders).sendMail(ORDER, OrderMailKind.LATE_PAYMENT_REFUNDED);
    inOrder.verify(orders).emit(ORDER, "order.refunded");
    verifyNoMoreInteractions(payments, orders);
  }

  @Test
  void aSecondReportOfTheSamePaymentStartsNoSecondRefund() {
    stub().refund(ORDER);

    assertThatThrownBy(() -> WorkflowClient.start(stub()::refund, ORDER))
        .isInstanceOf(WorkflowExecutionAlreadyStarted.class);
    verify(payments, times(1)).refund(ORDER, PaymentMethod.STRIPE);
    verify(orders, times(1)).sendMail(ORDER, OrderMailKind.LATE_PAYMENT_REFUNDED);
  }

  @Test
  void aRefundStripeRefusesForGoodFailsTheRunAndTellsNobodyItWasRefunded() {
    doThrow(ApplicationFailure.newNonRetryableFailure("no key", "STRIPE_NOT_CONFIGURED"))
        .when(payments)
        .refund(ORDER, PaymentMethod.STRIPE);

    assertThatThrownBy(() -> stub().refund(ORDER)).isInstanceOf(WorkflowFailedException.class);

    verify(payments).refund(ORDER, PaymentMethod.STRIPE);
    verify(orders, never()).sendMail(any(), any());
    verify(orders, never()).emit(any(), any());
  }
}
