package com.mewayz.activities.commerce;

import com.mewayz.activities.mail.Mailer;
import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.OrderStore;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.workflows.commerce.OrderMailKind;
import com.mewayz.workflows.commerce.PaymentActivities;
import com.mewayz.workflows.commerce.PaymentMethod;
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
  private final Clock clock;

  public PaymentActivitiesImpl(
      OrderStore orders,
      WorkspaceRepository workspaces,
      UserRepository users,
      OrderMails mails,
      Mailer mailer,
      Clock clock) {
    this.orders = orders;
    this.workspaces = workspaces;
    this.users = users;
    this.mails = mails;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public void refund(String orderId, PaymentMethod method) {
    if (method != PaymentMethod.MANUAL) {
      throw ApplicationFailure.newNonRetryableFailure(
          method + " refunds are not available in this workspace",
          FailureTypes.PAYMENT_UNAVAILABLE.type());
    }
    Order order =
        orders
            .find(orderId)
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "The order " + orderId + " no longer exists",
                        FailureTypes.NOT_FOUND.type()));
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
}
