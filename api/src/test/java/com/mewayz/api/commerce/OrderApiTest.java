package com.mewayz.api.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MutableClock;
import com.mewayz.domain.common.Hashes;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.domain.idempotency.IdempotencyRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/** Orders end to end through the API, with the real workflow and workers running. */
@ApiTest
class OrderApiTest {
  private static final String SHIP =
      """
      {"carrier": "DHL", "number": "JD0123", "url": "https://track.example/JD0123"}
      """;

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired MutableClock clock;
  ApiClient api;
  Account merchant;
  StoreCalls store;
  String customer;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    merchant = api.register("merchant");
    store = new StoreCalls(api, merchant, api.createWorkspace(merchant, "Shop Co"));
    customer = ApiClient.uniqueEmail("customer");
  }

  @Test
  void aPolledOrderAnswers304UntilItChanges() throws Exception {
    String ebook = store.product("POLL", true, 10, 500);
    String orderId = store.order(customer, ebook, 1);
    store.awaitStatus(orderId, "AWAITING_PAYMENT");
    String path = "/api/ecommerce/orders/" + orderId;
    String tag = store.call(HttpMethod.GET, path, null).andReturn().getResponse().getHeader("ETag");
    assertThat(tag).startsWith("W/\"");

    Map<String, String> held = Map.of("X-Workspace-Id", store.workspace(), "If-None-Match", tag);
    api.perform(HttpMethod.GET, path, merchant, null, held).andExpect(status().isNotModified());
    String listTag =
        store
            .call(HttpMethod.GET, "/api/ecommerce/orders", null)
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    api.perform(
            HttpMethod.GET,
            "/api/ecommerce/orders",
            merchant,
            null,
            Map.of("X-Workspace-Id", store.workspace(), "If-None-Match", listTag))
        .andExpect(status().isNotModified());

    store
        .call(HttpMethod.POST, path + "/confirm-payment", "{\"reference\": \"t-1\"}")
        .andExpect(status().isOk());
    api.perform(HttpMethod.GET, path, merchant, null, held)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.paymentReference").value("t-1"));
  }

  @Test
  void digitalOrderPaidManuallyIsDeliveredByMail() throws Exception {
    String ebook = store.product("EBOOK", true, 10, 1900);

    String orderId = store.order(customer, ebook, 2);
    store.awaitStatus(orderId, "AWAITING_PAYMENT");
    assertThat(store.stock(ebook)).isEqualTo(8);

    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/orders/" + orderId + "/confirm-payment",
            "{\"reference\": \"transfer-42\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.liveStatus").value("COMPLETED"))
        .andExpect(jsonPath("$.data.paymentReference").value("transfer-42"));

    assertThat(api.awaitMail(customer, "is confirmed").text()).contains("38.00 EUR");
    assertThat(api.awaitMail(customer, "Your downloads").text())
        .contains("https://files.example/EBOOK.zip");
    store
        .call(HttpMethod.GET, "/api/ecommerce/orders/" + orderId, null)
        .andExpect(jsonPath("$.data.status").value("COMPLETED"))
        .andExpect(jsonPath("$.data.totalMinor").value(3800));
    assertThat(eventEmitted(orderId, "order.created")).isTrue();
    assertThat(eventEmitted(orderId, "order.paid")).isTrue();
  }

  @Test
  void physicalOrderShipsWithTrackingAndCanThenNoLongerBeCancelled() throws Exception {
    String mug = store.product("MUG", false, 3, 1250);
    String orderId = store.order(customer, mug, 1);
    store.awaitStatus(orderId, "AWAITING_PAYMENT");

    store
        .call(HttpMethod.POST, "/api/ecommerce/orders/" + orderId + "/ship", SHIP)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot be shipped")));
    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/orders/" + orderId + "/confirm-payment",
            "{\"reference\": \"cash\"}")
        .andExpect(jsonPath("$.data.liveStatus").value("AWAITING_SHIPMENT"));
    store
        .call(HttpMethod.POST, "/api/ecommerce/orders/" + orderId + "/ship", SHIP)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.tracking.number").value("JD0123"));

    assertThat(api.awaitMail(customer, "has shipped").text()).contains("DHL", "JD0123");
    store.awaitStatus(orderId, "COMPLETED");
    store
        .call(HttpMethod.POST, "/api/ecommerce/orders/" + orderId + "/cancel", null)
        .andExpect(status().isConflict());
    assertThat(store.stock(mug)).isEqualTo(2);
    assertThat(eventEmitted(orderId, "order.shipped")).isTrue();
  }

  @Test
  void cancellingAPaidOrderRestocksAndTellsTheMerchantToRefund() throws Exception {
    String mug = store.product("MUG", false, 3, 1250);
    String orderId = store.order(customer, mug, 2);
    store.awaitStatus(orderId, "AWAITING_PAYMENT");
    store.call(
        HttpMethod.POST,
        "/api/ecommerce/orders/" + orderId + "/confirm-payment",
        "{\"reference\": \"transfer-7\"}");

    store
        .call(HttpMethod.POST, "/api/ecommerce/orders/" + orderId + "/cancel", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("CANCELLED"))
        .andExpect(jsonPath("$.data.cancelReason").value("MERCHANT"))
        .andExpect(jsonPath("$.data.refundDue").value(true));

    assertThat(store.stock(mug)).isEqualTo(3);
    assertThat(api.awaitMail(merchant.email(), "Refund due").text())
        .contains("transfer-7", "25.00 EUR");
    assertThat(api.awaitMail(customer, "was cancelled").text()).contains("refund");
    assertThat(eventEmitted(orderId, "order.cancelled")).isTrue();
    store
        .call(HttpMethod.GET, "/api/ecommerce/orders?status=CANCELLED", null)
        .andExpect(jsonPath("$.data.items[0].id").value(orderId))
        .andExpect(jsonPath("$.data.total").value(1));
    store
        .call(HttpMethod.GET, "/api/ecommerce/orders?status=COMPLETED", null)
        .andExpect(jsonPath("$.data.total").value(0));
  }

  @Test
  void stripeIsRefusedUntilTheWorkspaceConfiguresIt() throws Exception {
    String mug = store.product("MUG", false, 3, 1250);
    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/orders",
            StoreCalls.orderBody(customer, mug, 1).replace("MANUAL", "STRIPE"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.details.paymentMethod")
                .value("Stripe is not configured for this workspace"));
    assertThat(store.stock(mug)).isEqualTo(3);
  }

  @Test
  void refusesAnInvalidOrderNamingTheField() throws Exception {
    String mug = store.product("MUG", false, 1, 1250);
    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/orders",
            """
            {"customerEmail": "not-an-email", "customerName": "C", "lines": [],
             "paymentMethod": "MANUAL"}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.customerEmail").exists())
        .andExpect(jsonPath("$.details.lines").exists());
    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/orders",
            StoreCalls.orderBody(customer, "000000000000000000000000", 1))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['lines[0].productId']").exists());
    store
        .call(HttpMethod.POST, "/api/ecommerce/orders", StoreCalls.orderBody(customer, mug, 2))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details['lines[0].quantity']").value("only 1 in stock"));
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyPlacesOneOrder() throws Exception {
    String mug = store.product("MUG", false, 5, 1250);
    String body = StoreCalls.orderBody(customer, mug, 1);
    Map<String, String> headers =
        Map.of("X-Workspace-Id", store.workspace(), "Idempotency-Key", "checkout-1");

    String first =
        ApiClient.read(
            api.perform(HttpMethod.POST, "/api/ecommerce/orders", merchant, body, headers),
            "$.data.id");
    api.perform(HttpMethod.POST, "/api/ecommerce/orders", merchant, body, headers)
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.data.id").value(first));

    store
        .call(HttpMethod.GET, "/api/ecommerce/orders", null)
        .andExpect(jsonPath("$.data.total").value(1));
    store.awaitStatus(first, "AWAITING_PAYMENT");
    assertThat(store.stock(mug)).isEqualTo(4);
  }

  @Test
  void aRetryOfAnAttemptThatDiedAfterPlacingTheOrderAnswersWithThatOrder() throws Exception {
    String mug = store.product("DIED", false, 5, 1250);
    String body = StoreCalls.orderBody(customer, mug, 1);
    Map<String, String> keyed =
        Map.of("X-Workspace-Id", store.workspace(), "Idempotency-Key", "died-order");
    String first =
        ApiClient.read(
            api.perform(HttpMethod.POST, "/api/ecommerce/orders", merchant, body, keyed)
                .andExpect(status().isCreated()),
            "$.data.id");
    store.awaitStatus(first, "AWAITING_PAYMENT");
    // As if the api died after placing the order and before storing its answer.
    String record = Hashes.sha256(merchant.id() + "|/api/ecommerce/orders|died-order");
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(record)),
        new Update().set("completed", false),
        IdempotencyRecord.class);
    clock.advance(Duration.ofSeconds(61));

    api.perform(HttpMethod.POST, "/api/ecommerce/orders", merchant, body, keyed)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.id").value(first));

    assertThat(count("AWAITING_PAYMENT") + count("RESERVING")).isEqualTo(1);
    assertThat(store.stock(mug)).isEqualTo(4);
  }

  @Test
  void fiftyConcurrentOrdersForTenUnitsLeaveExactlyTenAwaitingPayment() throws Exception {
    String mug = store.product("MUG", false, 10, 1250);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        String body = StoreCalls.orderBody(ApiClient.uniqueEmail("buyer"), mug, 1);
        Callable<Integer> place =
            () ->
                store
                    .call(HttpMethod.POST, "/api/ecommerce/orders", body)
                    .andReturn()
                    .getResponse()
                    .getStatus();
        answers.add(pool.submit(place));
      }
      for (Future<Integer> answer : answers) {
        // Created, or refused up front because the stock already ran out.
        assertThat(answer.get()).isIn(201, 409);
      }
    } finally {
      pool.shutdownNow();
    }
    // Orders that passed the API's early check race in their workflows' reservations.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (count("RESERVING") > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(count("RESERVING")).isZero();
    assertThat(count("AWAITING_PAYMENT")).isEqualTo(10);
    assertThat(store.stock(mug)).isZero();
  }

  private int count(String status) throws Exception {
    String body =
        store
            .call(HttpMethod.GET, "/api/ecommerce/orders?size=200&status=" + status, null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.<Integer>read(body, "$.data.total");
  }

  private boolean eventEmitted(String orderId, String type) {
    return mongo.findById(store.workspace() + ":order:" + orderId + ":" + type, PlatformEvent.class)
        != null;
  }
}
