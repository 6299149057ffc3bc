package com.mewayz.api.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.StripeWebhooks;
import com.mewayz.domain.commerce.Order;
import java.time.Clock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A STRIPE order end to end: the workflow creates the PaymentIntent on stripe-mock, and Stripe's
 * signed {@code payment_intent.succeeded} (built here: stripe-mock sends no webhooks) pays it.
 * Needs {@code MEWAYZ_STRIPE_MOCK_URL} ({@code scripts/stripe-mock.sh start}); under CI it is
 * required rather than skipped.
 */
@ApiTest
class StripeOrderApiTest {
  private static final String MOCK = System.getenv("MEWAYZ_STRIPE_MOCK_URL");
  private static final String SECRET_KEY = "sk_test_51MewayzSecretKeyValue9x7Q";
  private static final String WEBHOOK_SECRET = "whsec_MewayzStripeOrderSecret";

  @DynamicPropertySource
  static void stripeMock(DynamicPropertyRegistry registry) {
    if (MOCK != null && !MOCK.isBlank()) {
      registry.add("mewayz.stripe.api-base", () -> MOCK);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired Clock clock;
  ApiClient api;
  StoreCalls store;
  StripeWebhooks stripe;
  String customer;

  @BeforeEach
  void setUp() throws Exception {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (ci) {
      assertThat(MOCK).as("MEWAYZ_STRIPE_MOCK_URL must be set under CI").isNotBlank();
    }
    Assumptions.assumeTrue(
        MOCK != null && !MOCK.isBlank(),
        "MEWAYZ_STRIPE_MOCK_URL is not set: run `scripts/stripe-mock.sh start`");
    api = new ApiClient(mvc, mails);
    ApiClient.Account merchant = api.register("merchant");
    store = new StoreCalls(api, merchant, api.createWorkspace(merchant, "Card Shop"));
    customer = ApiClient.uniqueEmail("customer");
    stripe = new StripeWebhooks(mvc, clock, store.workspace(), WEBHOOK_SECRET);
  }

  @Test
  void aStripeOrderIsPaidByStripesWebhookAndLateOrRepeatedDeliveriesChangeNothing()
      throws Exception {
    setKeys();
    String ebook = store.product("EBOOK", true, 10, 1900);

    String orderId = placeStripeOrder(ebook);
    Order order = awaitPaymentIntent(orderId);
    assertThat(order.stripePaymentIntentId()).startsWith("pi_");
    assertThat(order.stripeClientSecret()).isNotBlank();
    assertThat(order.paidAt()).isNull();
    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/orders/" + orderId + "/confirm-payment",
            "{\"reference\": \"" + order.stripePaymentIntentId() + "\"}")
        .andExpect(status().isConflict());

    long start = clock.instant().getEpochSecond();
    // A declined card first: counted on the order, which keeps waiting for another try.
    stripe
        .deliver(
            stripe.paymentIntentEvent(
                StripeWebhooks.eventId(), "payment_intent.payment_failed", start - 30, order))
        .andExpect(status().isOk());
    Order declined = mongo.findById(orderId, Order.class);
    assertThat(declined.paymentFailures()).isEqualTo(1);
    assertThat(declined.lastPaymentFailureAt()).isNotNull();
    store.awaitStatus(orderId, "AWAITING_PAYMENT");

    String eventId = StripeWebhooks.eventId();
    String body = stripe.paymentIntentEvent(eventId, "payment_intent.succeeded", start, order);
    stripe
        .deliver(body)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.duplicate").value(false));
    store.awaitStatus(orderId, "COMPLETED");
    assertThat(api.awaitMail(customer, "Your downloads").text())
        .contains("https://files.example/EBOOK.zip");
    Order paid = mongo.findById(orderId, Order.class);
    assertThat(paid.paymentReference()).isEqualTo(order.stripePaymentIntentId());

    stripe
        .deliver(body)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.duplicate").value(true));
    // The same payment under a new event id (a resend from Stripe's dashboard) is ignored too,
    // and so is a failure older than the success, arriving late.
    stripe
        .deliver(
            stripe.paymentIntentEvent(
                StripeWebhooks.eventId(), "payment_intent.succeeded", start + 1, order))
        .andExpect(status().isOk());
    stripe
        .deliver(
            stripe.paymentIntentEvent(
                StripeWebhooks.eventId(), "payment_intent.payment_failed", start - 10, order))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.newest").value(false));
    Order after = mongo.findById(orderId, Order.class);
    assertThat(after.paidAt()).isEqualTo(paid.paidAt());
    assertThat(after.status()).isEqualTo(paid.status());
    assertThat(after.paymentFailures()).isEqualTo(1);
  }

  @Test
  void aPaymentArrivingAfterTheOrderWasCancelledIsRefundedOnce() throws Exception {
    setKeys();
    String ebook = store.product("LATE", true, 10, 2500);
    String orderId = placeStripeOrder(ebook);
    Order order = awaitPaymentIntent(orderId);
    store
        .call(HttpMethod.POST, "/api/ecommerce/orders/" + orderId + "/cancel", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("CANCELLED"));
    assertThat(api.awaitMail(customer, "was cancelled").text()).doesNotContain("refund");

    long now = clock.instant().getEpochSecond();
    stripe
        .deliver(
            stripe.paymentIntentEvent(
                StripeWebhooks.eventId(), "payment_intent.succeeded", now, order))
        .andExpect(status().isOk());
    assertThat(api.awaitMail(customer, "was refunded").text()).contains("25.00");
    Order refunded = awaitRefund(orderId);
    assertThat(refunded.status().name()).isEqualTo("CANCELLED");
    assertThat(refunded.paidAt()).isNull();

    // Stripe's retry, or a resend from its dashboard: no second refund, no second mail.
    stripe
        .deliver(
            stripe.paymentIntentEvent(
                StripeWebhooks.eventId(), "payment_intent.succeeded", now + 1, order))
        .andExpect(status().isOk());
    Thread.sleep(500);
    assertThat(api.mailsTo(customer, "was refunded")).hasSize(1);
    assertThat(mongo.findById(orderId, Order.class).refundedAt()).isEqualTo(refunded.refundedAt());
    assertThat(store.stock(ebook)).isEqualTo(10);
  }

  private Order awaitRefund(String orderId) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      Order order = mongo.findById(orderId, Order.class);
      if (order.refundedAt() != null) {
        return order;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Order " + orderId + " was not refunded");
  }

  private void setKeys() throws Exception {
    store
        .call(
            HttpMethod.PUT,
            "/api/ecommerce/settings/stripe",
            """
            {"secretKey": "%s", "publishableKey": "pk_test_51MewayzPublishableKey2b4K",
             "webhookSecret": "%s"}
            """
                .formatted(SECRET_KEY, WEBHOOK_SECRET))
        .andExpect(status().isOk());
  }

  private String placeStripeOrder(String productId) throws Exception {
    String body =
        store
            .call(HttpMethod.POST, "/api/ecommerce/orders", stripeOrderBody(productId))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.data.id");
  }

  private String stripeOrderBody(String productId) {
    return StoreCalls.orderBody(customer, productId, 1).replace("\"MANUAL\"", "\"STRIPE\"");
  }

  private Order awaitPaymentIntent(String orderId) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      Order order = mongo.findById(orderId, Order.class);
      if (order != null && order.stripePaymentIntentId() != null) {
        return order;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Order " + orderId + " got no PaymentIntent");
  }
}
