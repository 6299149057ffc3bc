package com.mewayz.api.commerce;

import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.Product;
import com.mewayz.workflows.commerce.OrderCancelReason;
import com.mewayz.workflows.commerce.OrderStatus;
import com.mewayz.workflows.commerce.PaymentMethod;
import com.mewayz.workflows.commerce.Tracking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the store endpoints. */
final class CommerceViews {
  private CommerceViews() {}

  record ProductRequest(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 5000) String description,
      @Size(max = 2000) @Pattern(regexp = "(https://\\S+)?", message = "must be an https:// URL")
          String imageUrl,
      @NotNull @PositiveOrZero @Max(10_000_000_000L) Long priceMinor,
      @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be a 3-letter ISO code like EUR")
          String currency,
      @NotBlank
          @Size(max = 64)
          @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, dot, dash, underscore")
          String sku,
      @NotNull @PositiveOrZero @Max(10_000_000) Integer stock,
      @NotNull Boolean digital,
      @Size(max = 5000) String deliveryContent) {}

  record ProductView(
      String id,
      String name,
      String description,
      String imageUrl,
      long priceMinor,
      String currency,
      String sku,
      int stock,
      boolean digital,
      String deliveryContent,
      Instant createdAt,
      Instant updatedAt) {
    static ProductView of(Product p) {
      return new ProductView(
          p.id(),
          p.name(),
          p.description(),
          p.imageUrl(),
          p.priceMinor(),
          p.currency(),
          p.sku(),
          p.stock(),
          p.digital(),
          p.deliveryContent(),
          p.createdAt(),
          p.updatedAt());
    }
  }

  record OrderLineRequest(
      @NotBlank String productId, @NotNull @Min(1) @Max(1000) Integer quantity) {}

  record CreateOrderRequest(
      @NotBlank @Email @Size(max = 254) String customerEmail,
      @NotBlank @Size(max = 200) String customerName,
      @NotEmpty @Size(max = 50) List<@Valid @NotNull OrderLineRequest> lines,
      @NotNull PaymentMethod paymentMethod) {}

  record ShipRequest(
      @NotBlank @Size(max = 100) String carrier,
      @NotBlank @Size(max = 100) String number,
      @Size(max = 2000) @Pattern(regexp = "https?://.*", message = "must be an http(s) URL")
          String url) {
    Tracking tracking() {
      return new Tracking(carrier, number, url);
    }
  }

  record ConfirmPaymentRequest(@NotBlank @Size(max = 200) String reference) {}

  /**
   * An order as stored, plus {@code liveStatus}: what its workflow says right now (null when the
   * workflow has ended or cannot be asked; {@code status} is then final).
   */
  record OrderView(
      String id,
      String customerEmail,
      String customerName,
      List<Order.Line> lines,
      String currency,
      long totalMinor,
      PaymentMethod paymentMethod,
      OrderStatus status,
      OrderStatus liveStatus,
      OrderCancelReason cancelReason,
      String paymentReference,
      Instant paidAt,
      Tracking tracking,
      Instant shippedAt,
      boolean refundDue,
      Instant createdAt,
      Instant updatedAt,
      String stripePaymentIntentId,
      String stripeClientSecret,
      int paymentFailures,
      Instant lastPaymentFailureAt,
      Instant refundedAt) {
    static OrderView of(Order o, OrderStatus live) {
      return new OrderView(
          o.id(),
          o.customerEmail(),
          o.customerName(),
          o.lines(),
          o.currency(),
          o.totalMinor(),
          o.paymentMethod(),
          o.status(),
          live,
          o.cancelReason(),
          o.paymentReference(),
          o.paidAt(),
          o.tracking(),
          o.shippedAt(),
          o.refundDue(),
          o.createdAt(),
          o.updatedAt(),
          o.stripePaymentIntentId(),
          o.stripeClientSecret(),
          o.paymentFailures(),
          o.lastPaymentFailureAt(),
          o.refundedAt());
    }
  }
}
