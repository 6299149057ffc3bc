package com.mewayz.api.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mewayz.activities.commerce.OrderActivitiesImpl;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.commerce.Order;
import com.mewayz.domain.commerce.OrderRepository;
import com.mewayz.domain.commerce.Product;
import com.mewayz.domain.commerce.ProductRepository;
import com.mewayz.domain.commerce.ProductStore;
import com.mewayz.workflows.commerce.PaymentMethod;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stock reservations against the embedded MongoDB-protocol server the platform runs on: the
 * conditional decrement must be atomic there too.
 */
@ApiTest
class ProductStockConcurrencyTest {
  @Autowired ProductStore stock;
  @Autowired ProductRepository products;
  @Autowired OrderRepository orders;
  @Autowired OrderActivitiesImpl orderActivities;

  @Test
  void fiftyConcurrentOrdersForTenUnitsLetExactlyTenThrough() throws Exception {
    String productId = product(10).id();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        String orderId = "order-" + i;
        Callable<Boolean> reserve =
            () -> {
              go.await();
              return stock.reserve(productId, orderId, 1);
            };
        attempts.add(pool.submit(reserve));
      }
      go.countDown();
      int reserved = 0;
      for (Future<Boolean> attempt : attempts) {
        reserved += attempt.get() ? 1 : 0;
      }
      assertThat(reserved).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
    Product after = products.findById(productId).orElseThrow();
    assertThat(after.stock()).isZero();
    assertThat(after.holds()).hasSize(10).doesNotHaveDuplicates();
  }

  @Test
  void aRetriedReservationOrReleaseCountsOnce() {
    String productId = product(5).id();

    assertThat(stock.reserve(productId, "order-a", 2)).isTrue();
    assertThat(stock.reserve(productId, "order-a", 2)).isTrue();
    assertThat(products.findById(productId).orElseThrow().stock()).isEqualTo(3);

    assertThat(stock.release(productId, "order-a", 2)).isTrue();
    assertThat(stock.release(productId, "order-a", 2)).isFalse();
    assertThat(products.findById(productId).orElseThrow().stock()).isEqualTo(5);
  }

  @Test
  void aMultiLineOrderGivesBackWhatItReservedWhenALaterLineIsShort() {
    Product plenty = product(5);
    Product scarce = product(1);
    Order order = order(line(plenty, 2), line(scarce, 3));

    assertThatThrownBy(() -> orderActivities.reserveStock(order.id()))
        .isInstanceOf(ApplicationFailure.class)
        .satisfies(e -> assertThat(((ApplicationFailure) e).getType()).isEqualTo("OUT_OF_STOCK"));

    assertThat(products.findById(plenty.id()).orElseThrow().stock()).isEqualTo(5);
    assertThat(products.findById(plenty.id()).orElseThrow().holds()).isEmpty();
    assertThat(products.findById(scarce.id()).orElseThrow().stock()).isEqualTo(1);
    // A retried release after the failure changes nothing.
    orderActivities.releaseStock(order.id());
    assertThat(products.findById(plenty.id()).orElseThrow().stock()).isEqualTo(5);
  }

  private Product product(int units) {
    Instant now = Instant.now();
    String id = new ObjectId().toHexString();
    return products.insert(
        new Product(
            id,
            "ws-stock",
            "Item",
            null,
            null,
            500,
            "EUR",
            "SKU-" + id,
            units,
            false,
            null,
            List.of(),
            now,
            now));
  }

  private static Order.Line line(Product product, int quantity) {
    return new Order.Line(
        product.id(), product.name(), product.sku(), quantity, 500, 500L * quantity, false);
  }

  private Order order(Order.Line... lines) {
    return orders.insert(
        Order.placed(
            new ObjectId().toHexString(),
            "ws-stock",
            "c@example.test",
            "C",
            List.of(lines),
            "EUR",
            PaymentMethod.MANUAL,
            Instant.now()));
  }
}
