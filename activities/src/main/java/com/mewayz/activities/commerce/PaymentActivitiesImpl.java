package com.mewayz.activities.commerce;

import com.mewayz.activities.mail.Mailer;
import com.mewayz.activities.payments.StripeGateway;
import com.mewayz.activities.payments.StripeGateway.Checkout;
import com.mewayz.activities.payments.StripeGateway.PaymentRequest;
import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.OrderStore;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.workflows.commerce.OrderMailKind;
import com.mewayz.workflows.commerce.PaymentActivities;
import com.mewayz.workflows.commerce.PaymentMethod;
import com.mewayz.workflows.commerce.PaymentRequested;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import org.springframework.stereotype.Component;

@Component
public class PaymentActivitiesImpl implements PaymentActivities {
  private final OrderStore orders;
  private final WorkspaceRepository workspaces;
  private final UserRepository users;
  private final OrderMails mails;
  private final Mailer mailer;
  private final StripeGateway stripe;
  private final Clock clock;

  public PaymentActivitiesImpl(
      OrderStore orders,
      WorkspaceRepository workspaces,
      UserRepository users,
      OrderMails mails,
      Mailer mailer,
      StripeGateway stripe,
      Clock clock) {
    this.orders = orders;
    this.workspaces = workspaces;
    this.users = users;
    this.mails = mails;
    this.mailer = mailer;
    this.stripe = stripe;
    this.clock = clock;
  }

  @Override
  public PaymentRequested requestPayment(String orderId) {
    Order order = load(orderId);
    // The gateway opens the workspace's key itself: only ids cross the activity boundary.
    Checkout checkout =
        stripe.createCheckout(
            new PaymentRequest(
                order.workspaceId(),
                orderId,
                order.totalMinor(),
                order.currency().toLowerCase(),
                order.customerEmail()),
            "order-" + orderId + "-payment");
    orders.recordPaymentIntent(
        orderId, checkout.payment().id(), checkout.clientSecret(), clock.instant());
    return new PaymentRequested(checkout.payment().id());
  }

  @Override
  public void withdrawPayment(String orderId) {
    Order order = load(orderId);
    String intent = order.stripePaymentIntentId();
    if (intent == null) {
      return;
    }
    String status = stripe.retrievePayment(order.workspaceId(), intent).status();
    switch (status) {
      case "canceled" -> {}
      case "succeeded" -> refundThroughStripe(order);
      default ->
          stripe.cancelPayment(order.workspaceId(), intent, "order-" + orderId + "-payment-cancel");
    }
  }

  @Override
  public void refund(String orderId, PaymentMethod method) {
    Order order = load(orderId);
    switch (method) {
      case MANUAL -> refundManually(order);
      case STRIPE -> refundThroughStripe(order);
    }
  }

  private void refundThroughStripe(Order order) {
    if (order.stripePaymentIntentId() == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "The order " + order.id() + " has no Stripe payment to refund",
          FailureTypes.PAYMENT_UNAVAILABLE.type());
    }
    stripe.refund(
        order.workspaceId(),
        order.stripePaymentIntentId(),
        null,
        "order-" + order.id() + "-refund");
    orders.recordRefund(order.id(), clock.instant());
  }

  private void refundManually(Order order) {
    String orderId = order.id();
    orders.markRefundDue(orderId, clock.instant());
    String merchant =
        workspaces
            .findById(order.workspaceId())
            .flatMap(w -> users.findById(w.ownerId()))
            .map(u -> u.email())
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "The workspace of order " + orderId + " has no owner to refund it",
                        FailureTypes.NOT_FOUND.type()));
    mailer.send(
        "order:" + orderId + ":" + OrderMailKind.REFUND_DUE, mails.refundDue(order, merchant));
  }

  private Order load(String orderId) {
    return Orders.require(orders, orderId);
  }
}
