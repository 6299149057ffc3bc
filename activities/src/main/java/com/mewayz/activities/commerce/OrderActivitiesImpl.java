package com.mewayz.activities.commerce;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.activities.mail.Mailer;
import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.OrderStore;
import com.mewayz.domain.commerce.Product;
import com.mewayz.domain.commerce.ProductRepository;
import com.mewayz.domain.commerce.ProductStore;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.workflows.commerce.OrderActivities;
import com.mewayz.workflows.commerce.OrderCancelReason;
import com.mewayz.workflows.commerce.OrderMailKind;
import com.mewayz.workflows.commerce.OrderStatus;
import com.mewayz.workflows.commerce.Tracking;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class OrderActivitiesImpl implements OrderActivities {
  private final OrderStore orders;
  private final ProductStore stock;
  private final ProductRepository products;
  private final OrderMails mails;
  private final Mailer mailer;
  private final EventDispatcher events;
  private final Clock clock;

  public OrderActivitiesImpl(
      OrderStore orders,
      ProductStore stock,
      ProductRepository products,
      OrderMails mails,
      Mailer mailer,
      EventDispatcher events,
      Clock clock) {
    this.orders = orders;
    this.stock = stock;
    this.products = products;
    this.mails = mails;
    this.mailer = mailer;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void reserveStock(String orderId) {
    Order order = load(orderId);
    for (Order.Line line : order.lines()) {
      if (!stock.reserve(line.productId(), orderId, line.quantity())) {
        // All or nothing: give back the lines taken so far (release skips lines never taken).
        releaseStock(orderId);
        throw ApplicationFailure.newNonRetryableFailure(
            line.name() + " has less than " + line.quantity() + " in stock",
            FailureTypes.OUT_OF_STOCK.type());
      }
    }
  }

  @Override
  public void releaseStock(String orderId) {
    for (Order.Line line : load(orderId).lines()) {
      stock.release(line.productId(), orderId, line.quantity());
    }
  }

  @Override
  public void updateStatus(String orderId, OrderStatus status, OrderCancelReason reason) {
    orders.updateStatus(orderId, status, reason, clock.instant());
    if (status == OrderStatus.COMPLETED) {
      load(orderId).lines().forEach(line -> stock.settle(line.productId(), orderId));
    }
  }

  @Override
  public void recordPayment(String orderId, String reference) {
    orders.recordPayment(orderId, reference, clock.instant());
  }

  @Override
  public void recordShipment(String orderId, Tracking tracking) {
    orders.recordShipment(orderId, tracking, clock.instant());
  }

  @Override
  public void sendMail(String orderId, OrderMailKind kind) {
    Order order = load(orderId);
    List<Product> digital =
        kind == OrderMailKind.DIGITAL_DELIVERY
            ? order.lines().stream()
                .filter(Order.Line::digital)
                .map(line -> products.findById(line.productId()).orElse(null))
                .filter(p -> p != null)
                .toList()
            : List.of();
    mailer.send("order:" + orderId + ":" + kind, mails.render(kind, order, digital));
  }

  @Override
  public void emit(String orderId, String type) {
    Order order = load(orderId);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("orderId", order.id());
    data.put("customerEmail", order.customerEmail());
    data.put("customerName", order.customerName());
    data.put("totalMinor", order.totalMinor());
    data.put("currency", order.currency());
    data.put("paymentMethod", order.paymentMethod().name());
    events.publish(
        new PlatformEvent(
            order.workspaceId() + ":order:" + orderId + ":" + type,
            order.workspaceId(),
            type,
            orderId,
            data,
            clock.instant()));
  }

  private Order load(String orderId) {
    return Orders.require(orders, orderId);
  }
}
