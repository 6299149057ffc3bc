package com.mewayz.api.commerce;

import com.mewayz.api.commerce.CommerceViews.ConfirmPaymentRequest;
import com.mewayz.api.commerce.CommerceViews.CreateOrderRequest;
import com.mewayz.api.commerce.CommerceViews.OrderView;
import com.mewayz.api.commerce.CommerceViews.ShipRequest;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.ContentTags;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.workflows.commerce.OrderStatus;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The workspace's orders. Each runs as an OrderFulfillmentWorkflow; the merchant's actions (confirm
 * a manual payment, ship, cancel) are updates of that workflow and answer once done.
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/ecommerce/orders")
class OrderController {
  private final OrderService orders;
  private final ContentTags tags;

  OrderController(OrderService orders, ContentTags tags) {
    this.orders = orders;
    this.tags = tags;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<OrderView> create(
      WorkspaceAccess access, @Valid @RequestBody CreateOrderRequest body) {
    return ApiResponse.ok(orders.create(access, body), "Order placed");
  }

  @GetMapping
  ApiResponse<PageResponse<OrderView>> list(
      WorkspaceAccess access,
      @RequestParam(required = false) OrderStatus status,
      @Valid PageRequestParams page,
      WebRequest request) {
    return tags.okUnlessNotModified(request, orders.list(access, status, page));
  }

  /** The order with its live status; 304 Not Modified while it is what the client has. */
  @GetMapping("/{orderId}")
  ApiResponse<OrderView> get(
      WorkspaceAccess access, @PathVariable String orderId, WebRequest request) {
    return tags.okUnlessNotModified(request, orders.get(access, orderId));
  }

  @PostMapping("/{orderId}/confirm-payment")
  ApiResponse<OrderView> confirmPayment(
      WorkspaceAccess access,
      @PathVariable String orderId,
      @Valid @RequestBody ConfirmPaymentRequest body) {
    return ApiResponse.ok(
        orders.confirmPayment(access, orderId, body.reference()), "Payment confirmed");
  }

  @PostMapping("/{orderId}/ship")
  ApiResponse<OrderView> ship(
      WorkspaceAccess access, @PathVariable String orderId, @Valid @RequestBody ShipRequest body) {
    return ApiResponse.ok(orders.ship(access, orderId, body.tracking()), "Order shipped");
  }

  @PostMapping("/{orderId}/cancel")
  ApiResponse<OrderView> cancel(WorkspaceAccess access, @PathVariable String orderId) {
    return ApiResponse.ok(orders.cancel(access, orderId), "Order cancelled");
  }
}
