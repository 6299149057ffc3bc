package com.mewayz.api.commerce;

import com.mewayz.api.commerce.CommerceViews.CreateOrderRequest;
import com.mewayz.api.commerce.CommerceViews.OrderLineRequest;
import com.mewayz.api.commerce.CommerceViews.OrderView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.NewIds;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.web.UpdateRejections;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.OrderRepository;
import com.mewayz.domain.commerce.Product;
import com.mewayz.domain.commerce.ProductRepository;
import com.mewayz.domain.payments.StripeSettingsStore;
import com.mewayz.workflows.commerce.OrderFulfillmentWorkflow;
import com.mewayz.workflows.commerce.OrderFulfillments;
import com.mewayz.workflows.commerce.OrderRequest;
import com.mewayz.workflows.commerce.OrderStatus;
import com.mewayz.workflows.commerce.PaymentMethod;
import com.mewayz.workflows.commerce.Tracking;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Orders: the record lives in MongoDB, the process (stock, payment, delivery, cancellation) in one
 * OrderFulfillmentWorkflow per order.
 */
@Service
class OrderService {
  private static final Logger log = LoggerFactory.getLogger(OrderService.class);

  private final OrderRepository orders;
  private final ProductRepository products;
  private final StripeSettingsStore stripeSettings;
  private final WorkflowClient temporal;
  private final Clock clock;
  private final Duration paymentTimeout;

  OrderService(
      OrderRepository orders,
      ProductRepository products,
      StripeSettingsStore stripeSettings,
      WorkflowClient temporal,
      Clock clock,
      @Value("${mewayz.commerce.payment-timeout:P3D}") Duration paymentTimeout) {
    this.orders = orders;
    this.products = products;
    this.stripeSettings = stripeSettings;
    this.temporal = temporal;
    this.clock = clock;
    this.paymentTimeout = paymentTimeout;
  }

  OrderView create(WorkspaceAccess access, CreateOrderRequest body) {
    if (body.paymentMethod() == PaymentMethod.STRIPE && !stripeReady(access.workspaceId())) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "PaymentMethodUnavailable",
          "Stripe is not configured for this workspace; use MANUAL or connect Stripe first",
          Map.of("paymentMethod", "Stripe is not configured for this workspace"));
    }
    String id = NewIds.next();
    Optional<Order> placedBefore =
        orders.findById(id).filter(o -> o.workspaceId().equals(access.workspaceId()));
    if (placedBefore.isPresent()) {
      // An earlier attempt of this very request (same Idempotency-Key) placed it and died before
      // answering, perhaps before starting its workflow.
      start(placedBefore.get());
      return OrderView.of(placedBefore.get(), liveStatus(placedBefore.get()));
    }
    List<PricedLine> lines = lines(access, body.lines());
    String currency = lines.get(0).currency;
    Instant now = clock.instant();
    Order order =
        orders.insert(
            Order.placed(
                id,
                access.workspaceId(),
                body.customerEmail().strip().toLowerCase(),
                body.customerName().strip(),
                lines.stream().map(PricedLine::line).toList(),
                currency,
                body.paymentMethod(),
                now));
    start(order);
    return OrderView.of(order, OrderStatus.RESERVING);
  }

  /**
   * Stripe takes the payment with the secret key, and its webhook (verified with the signing
   * secret) is what confirms it: without both, a STRIPE order could only time out.
   */
  private boolean stripeReady(String workspaceId) {
    return stripeSettings
        .find(workspaceId)
        .filter(s -> s.secretKeySealed() != null && s.webhookSecretSealed() != null)
        .isPresent();
  }

  PageResponse<OrderView> list(
      WorkspaceAccess access, OrderStatus status, PageRequestParams params) {
    PageRequest page =
        PageRequest.of(params.page(), params.size(), Sort.by(Sort.Direction.DESC, "createdAt"));
    Page<Order> found =
        status == null
            ? orders.findByWorkspaceId(access.workspaceId(), page)
            : orders.findByWorkspaceIdAndStatus(access.workspaceId(), status, page);
    return new PageResponse<>(
        found.getContent().stream().map(o -> OrderView.of(o, null)).toList(),
        params.page(),
        params.size(),
        found.getTotalElements());
  }

  OrderView get(WorkspaceAccess access, String orderId) {
    Order order = load(access, orderId);
    return OrderView.of(order, liveStatus(order));
  }

  OrderView confirmPayment(WorkspaceAccess access, String orderId, String reference) {
    if (load(access, orderId).paymentMethod() == PaymentMethod.STRIPE) {
      throw ApiException.conflict("A Stripe payment is confirmed by Stripe's webhook");
    }
    return act(access, orderId, workflow -> workflow.confirmPayment(reference));
  }

  OrderView ship(WorkspaceAccess access, String orderId, Tracking tracking) {
    return act(access, orderId, workflow -> workflow.ship(tracking));
  }

  OrderView cancel(WorkspaceAccess access, String orderId) {
    return act(access, orderId, OrderFulfillmentWorkflow::cancel);
  }

  private OrderView act(
      WorkspaceAccess access,
      String orderId,
      Function<OrderFulfillmentWorkflow, OrderStatus> update) {
    Order order = load(access, orderId);
    OrderStatus live;
    try {
      live = update.apply(workflow(order.id()));
    } catch (WorkflowUpdateException e) {
      throw UpdateRejections.conflict(e, "The order refused the request");
    } catch (WorkflowNotFoundException e) {
      throw ApiException.conflict(
          "The order is " + order.status().name().toLowerCase() + " and can no longer change");
    }
    return OrderView.of(load(access, orderId), live);
  }

  private OrderStatus liveStatus(Order order) {
    if (order.status().isFinal()) {
      return null;
    }
    try {
      return workflow(order.id()).status();
    } catch (RuntimeException e) {
      log.debug("Order {} could not be asked for its status", order.id(), e);
      return null;
    }
  }

  private record PricedLine(Order.Line line, String currency) {}

  /** Prices the lines from the products; the same product twice is one line. */
  private List<PricedLine> lines(WorkspaceAccess access, List<OrderLineRequest> requested) {
    Map<String, Integer> quantities = new LinkedHashMap<>();
    Map<String, Integer> firstIndex = new LinkedHashMap<>();
    for (int i = 0; i < requested.size(); i++) {
      OrderLineRequest line = requested.get(i);
      quantities.merge(line.productId(), line.quantity(), Integer::sum);
      firstIndex.putIfAbsent(line.productId(), i);
    }
    List<PricedLine> priced = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
      String field = "lines[" + firstIndex.get(entry.getKey()) + "]";
      Product product =
          products
              .findByIdAndWorkspaceId(entry.getKey(), access.workspaceId())
              .orElseThrow(
                  () -> ApiException.invalid(field + ".productId", "no such product here"));
      int quantity = entry.getValue();
      if (!priced.isEmpty() && !priced.get(0).currency.equals(product.currency())) {
        throw ApiException.invalid(
            field + ".productId",
            "is priced in " + product.currency() + "; one currency per order");
      }
      if (product.stock() < quantity) {
        // Checked again atomically by the workflow's reservation; this only spares the customer
        // an order that is bound to be cancelled.
        throw new ApiException(
            HttpStatus.CONFLICT,
            "OutOfStock",
            product.name() + " has " + product.stock() + " in stock",
            Map.of(field + ".quantity", "only " + product.stock() + " in stock"));
      }
      priced.add(
          new PricedLine(
              new Order.Line(
                  product.id(),
                  product.name(),
                  product.sku(),
                  quantity,
                  product.priceMinor(),
                  product.priceMinor() * quantity,
                  product.digital()),
              product.currency()));
    }
    return priced;
  }

  private void start(Order order) {
    boolean digital = order.lines().stream().anyMatch(Order.Line::digital);
    boolean physical = order.lines().stream().anyMatch(l -> !l.digital());
    OrderFulfillmentWorkflow workflow =
        temporal.newWorkflowStub(
            OrderFulfillmentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(OrderFulfillments.workflowId(order.id()))
                .setTaskQueue(OrderFulfillments.TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, order.workspaceId())
                        .build())
                .build());
    try {
      WorkflowClient.start(
          workflow::run,
          new OrderRequest(
              order.id(),
              order.workspaceId(),
              order.paymentMethod(),
              digital,
              physical,
              paymentTimeout.toSeconds()));
    } catch (WorkflowExecutionAlreadyStarted running) {
      // Started by an earlier attempt of the same request: one process per order.
    } catch (RuntimeException e) {
      // Without its workflow the order would never reserve stock nor be cancelled: drop it.
      orders.deleteById(order.id());
      log.error("Could not start the order workflow", e);
      throw ApiException.unavailable("Orders cannot be placed right now; try again shortly");
    }
  }

  private OrderFulfillmentWorkflow workflow(String orderId) {
    return temporal.newWorkflowStub(
        OrderFulfillmentWorkflow.class, OrderFulfillments.workflowId(orderId));
  }

  private Order load(WorkspaceAccess access, String orderId) {
    return orders
        .findByIdAndWorkspaceId(orderId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Order"));
  }
}
