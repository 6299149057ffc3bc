package com.mewayz.api.realserver;

import static com.mewayz.api.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.commerce.StoreCalls;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.RealServerTest;
import com.mewayz.api.support.StripeIdempotencyProxy;
import com.mewayz.api.support.StripeWebhooks;
import com.mewayz.api.support.WorkerProcess;
import com.mewayz.domain.commerce.Order;
import com.mewayz.workflows.commerce.OrderFulfillments;
import com.mewayz.workflows.commerce.OrderStatus;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fault test of the store: 100 Stripe orders run by a worker in its own process, which is
 * killed with SIGKILL twice, while orders are in flight: once while PaymentIntents are being
 * created (some created at Stripe, their answers not yet back), once while paid orders send their
 * mails. After each restart every order reaches its right end state, and Stripe is asked to create
 * each PaymentIntent once, counted where the requests arrive (a proxy in front of stripe-mock that
 * adds Stripe's idempotency). Needs the real Temporal server and stripe-mock ({@code .ci/run}
 * starts both); the api here runs no workers, so only the killed process does the work.
 */
@RealServerTest
class OrdersSurviveAWorkerKillTest {
  private static final String STRIPE_MOCK = System.getenv("MEWAYZ_STRIPE_MOCK_URL");
  private static final String WEBHOOK_SECRET = "whsec_MewayzWorkerKillSecret";
  private static final int ORDERS = 100;
  private static final int DIGITAL = 60;
  private static final int CANCELLED = 10;
  private static StripeIdempotencyProxy stripe;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    assertThat(STRIPE_MOCK)
        .as("MEWAYZ_STRIPE_MOCK_URL must name stripe-mock: scripts/stripe-mock.sh start")
        .isNotBlank();
    stripe = new StripeIdempotencyProxy(STRIPE_MOCK);
    registry.add("mewayz.workers.enabled", () -> "false");
    registry.add("mewayz.stripe.api-base", stripe::url);
  }

  @AfterAll
  static void stopProxy() {
    stripe.close();
  }

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired WorkflowClient temporal;
  @Autowired ApplicationContext context;
  @Autowired Clock clock;

  @Test
  void everyOrderEndsRightAndEachPaymentIntentIsCreatedOnce() throws Exception {
    ApiClient api = new ApiClient(mvc, mails);
    ApiClient.Account merchant = api.register("merchant");
    StoreCalls store = new StoreCalls(api, merchant, api.createWorkspace(merchant, "Kill Shop"));
    StripeWebhooks webhooks = new StripeWebhooks(mvc, clock, store.workspace(), WEBHOOK_SECRET);
    setStripeKeys(store);
    String ebook = store.product("EBOOK", true, 1000, 1900);
    String mug = store.product("MUG", false, 1000, 1200);

    try (WorkerProcess worker =
        WorkerProcess.sharingWith(
            context, "orders-kill", Map.of("MEWAYZ_STRIPE_API_BASE", stripe.url()))) {
      // 1. Kill while PaymentIntents are created: 30 are answered, the next ones are created at
      // Stripe but their answers held back, so the worker dies not knowing them.
      stripe.holdPaymentIntentAnswersAfter(30);
      worker.start();
      List<String> orderIds = new ArrayList<>();
      Map<String, String> customers = new HashMap<>();
      for (int i = 0; i < ORDERS; i++) {
        String customer = "buyer-" + i + "-" + UUID.randomUUID() + "@example.com";
        String orderId = placeStripeOrder(store, customer, i < DIGITAL ? ebook : mug);
        orderIds.add(orderId);
        customers.put(orderId, customer);
      }
      await(
          "50 PaymentIntents created at Stripe",
          Duration.ofSeconds(60),
          () -> paymentIntentCreations() >= 50);
      worker.kill();
      stripe.release();
      long knownAtFirstKill =
          orders(orderIds).stream().filter(o -> o.stripePaymentIntentId() != null).count();
      assertThat(knownAtFirstKill)
          .as("orders that knew their PaymentIntent when killed")
          .isLessThan(ORDERS);

      worker.start();
      await(
          "every order to know its PaymentIntent",
          Duration.ofSeconds(120),
          () -> orders(orderIds).stream().allMatch(o -> o.stripePaymentIntentId() != null));

      // 2. The merchant cancels ten physical orders; Stripe reports the others paid, and the
      // worker is killed again while the paid orders mail their customers.
      List<String> cancelled = orderIds.subList(ORDERS - CANCELLED, ORDERS);
      for (String orderId : cancelled) {
        store
            .call(HttpMethod.POST, "/api/ecommerce/orders/" + orderId + "/cancel", null)
            .andExpect(status().isOk());
      }
      long now = clock.instant().getEpochSecond();
      for (Order order : orders(orderIds.subList(0, ORDERS - CANCELLED))) {
        webhooks
            .deliver(
                webhooks.paymentIntentEvent(
                    StripeWebhooks.eventId(), "payment_intent.succeeded", now, order))
            .andExpect(status().isOk());
      }
      worker.kill();
      long paidAtSecondKill = orders(orderIds).stream().filter(o -> o.paidAt() != null).count();
      worker.start();

      List<String> physical = orderIds.subList(DIGITAL, ORDERS - CANCELLED);
      await(
          "every physical paid order to await shipment",
          Duration.ofSeconds(120),
          () ->
              orders(physical).stream().allMatch(o -> o.status() == OrderStatus.AWAITING_SHIPMENT));
      for (String orderId : physical) {
        store
            .call(
                HttpMethod.POST,
                "/api/ecommerce/orders/" + orderId + "/ship",
                """
                {"carrier": "DHL", "number": "JD%s", "url": "https://track.example/%s"}
                """
                    .formatted(orderId, orderId))
            .andExpect(status().isOk());
      }

      // Every workflow ends, with the end its order deserves.
      for (int i = 0; i < ORDERS; i++) {
        OrderStatus expected =
            i < ORDERS - CANCELLED ? OrderStatus.COMPLETED : OrderStatus.CANCELLED;
        OrderStatus result =
            temporal
                .newUntypedWorkflowStub(OrderFulfillments.workflowId(orderIds.get(i)))
                .getResult(120, TimeUnit.SECONDS, OrderStatus.class);
        assertThat(result).as("order %d", i).isEqualTo(expected);
      }
      assertThat(orders(orderIds))
          .allSatisfy(
              o -> assertThat(o.status()).isIn(OrderStatus.COMPLETED, OrderStatus.CANCELLED));
      assertThat(store.stock(ebook)).isEqualTo(1000 - DIGITAL);
      assertThat(store.stock(mug)).isEqualTo(1000 - (ORDERS - DIGITAL - CANCELLED));

      // Stripe was asked to create each order's PaymentIntent once, and to cancel each cancelled
      // order's once; nothing was refunded.
      Map<String, Integer> forwarded = stripe.forwardedByKey();
      Set<String> expectedCreations =
          orderIds.stream().map(id -> "order-" + id + "-payment").collect(Collectors.toSet());
      Set<String> expectedCancels =
          cancelled.stream()
              .map(id -> "order-" + id + "-payment-cancel")
              .collect(Collectors.toSet());
      assertThat(keysOf(forwarded, k -> k.endsWith("-payment"))).isEqualTo(expectedCreations);
      assertThat(keysOf(forwarded, k -> k.endsWith("-payment-cancel"))).isEqualTo(expectedCancels);
      assertThat(keysOf(forwarded, k -> k.contains("refund"))).isEmpty();
      assertThat(forwarded.values()).allMatch(n -> n == 1);
      assertThat(orders(orderIds).stream().map(Order::stripePaymentIntentId).distinct())
          .hasSize(ORDERS);

      // Each customer got each of their mails: confirmation and downloads, confirmation and
      // shipping, or the cancellation.
      Map<String, List<ReceivedMail>> mailsByCustomer = new HashMap<>();
      for (ReceivedMail mail : mails.mails()) {
        mail.to()
            .forEach(to -> mailsByCustomer.computeIfAbsent(to, t -> new ArrayList<>()).add(mail));
      }
      int received = 0;
      for (int i = 0; i < ORDERS; i++) {
        List<ReceivedMail> got =
            mailsByCustomer.getOrDefault(customers.get(orderIds.get(i)), List.of());
        received += got.size();
        long kinds = got.stream().map(ReceivedMail::subject).distinct().count();
        assertThat(kinds)
            .as("kinds of mail of order %d", i)
            .isEqualTo(i < ORDERS - CANCELLED ? 2 : 1);
      }

      long creationRequests =
          stripe.calls().stream()
              .filter(c -> c.method().equals("POST") && c.path().equals("/v1/payment_intents"))
              .count();
      System.out.printf(
          "Worker killed twice: %d of %d orders knew their PaymentIntent at the first kill, %d were"
              + " paid at the second. PaymentIntents created at Stripe: %d (creation requests,"
              + " repeats included: %d). Cancellations: %d. Customer mails received: %d"
              + " (expected %d).%n",
          knownAtFirstKill,
          ORDERS,
          paidAtSecondKill,
          expectedCreations.size(),
          creationRequests,
          expectedCancels.size(),
          received,
          2 * (ORDERS - CANCELLED) + CANCELLED);
    }
  }

  private long paymentIntentCreations() {
    return stripe.forwardedByKey().keySet().stream().filter(k -> k.endsWith("-payment")).count();
  }

  private static Set<String> keysOf(Map<String, Integer> forwarded, Predicate<String> which) {
    return forwarded.keySet().stream().filter(which).collect(Collectors.toSet());
  }

  private List<Order> orders(List<String> ids) {
    Map<String, Order> byId =
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Order.class).stream()
            .collect(Collectors.toMap(Order::id, o -> o));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private void setStripeKeys(StoreCalls store) throws Exception {
    store
        .call(
            HttpMethod.PUT,
            "/api/ecommerce/settings/stripe",
            """
            {"secretKey": "sk_test_51MewayzWorkerKillKey4x2Z",
             "publishableKey": "pk_test_51MewayzWorkerKillKey4x2Z", "webhookSecret": "%s"}
            """
                .formatted(WEBHOOK_SECRET))
        .andExpect(status().isOk());
  }

  private static String placeStripeOrder(StoreCalls store, String customer, String productId)
      throws Exception {
    return ApiClient.read(
        store
            .call(
                HttpMethod.POST,
                "/api/ecommerce/orders",
                StoreCalls.orderBody(customer, productId, 1).replace("\"MANUAL\"", "\"STRIPE\""))
            .andExpect(status().isCreated()),
        "$.data.id");
  }
}
