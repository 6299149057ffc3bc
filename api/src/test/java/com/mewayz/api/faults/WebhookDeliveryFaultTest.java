package com.mewayz.api.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.commerce.StoreCalls;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MutableClock;
import com.mewayz.domain.commerce.Order;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every inbound webhook (Stripe's per workspace, automations' webhook triggers) fed repeated,
 * concurrent, reordered, stale, forged and foreign deliveries. Each valid one must be acted on
 * once, counted where it lands (the invoice's payments, the customer's mails at the SMTP sink, the
 * order and its stock, the automation's runs); each bad one refused with a 4xx and no effect;
 * unknown event types acknowledged with none. Prints what it checked as a table and fails on any
 * loss or double. The order part needs stripe-mock ({@code MEWAYZ_STRIPE_MOCK_URL}) to create the
 * PaymentIntent, as {@code StripeOrderApiTest} does.
 */
@ApiTest
class WebhookDeliveryFaultTest {
  private static final String MOCK = System.getenv("MEWAYZ_STRIPE_MOCK_URL");
  private static final String SECRET_A = "whsec_FaultSuiteWorkspaceA";
  private static final String SECRET_B = "whsec_FaultSuiteWorkspaceB";
  private static final int REPEATS = 5;
  private static final int CONCURRENT = 10;

  @DynamicPropertySource
  static void stripeMock(DynamicPropertyRegistry registry) {
    if (MOCK != null && !MOCK.isBlank()) {
      registry.add("mewayz.stripe.api-base", () -> MOCK);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired MutableClock clock;

  ApiClient api;
  Account alice;
  Account bob;
  String workspaceA;
  String workspaceB;
  final List<String[]> table = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    alice = api.register("alice");
    bob = api.register("bob");
    workspaceA = api.createWorkspace(alice, "Alice Co");
    workspaceB = api.createWorkspace(bob, "Bob Co");
    stripeKeys(alice, workspaceA, SECRET_A);
    stripeKeys(bob, workspaceB, SECRET_B);
  }

  @Test
  void stripeInvoicePaymentsAreActedOnOnceAndBadDeliveriesRefused() throws Exception {
    String customer = ApiClient.uniqueEmail("payer");
    String invoice = sentInvoice(customer, 4200);
    String number = JsonPath.read(invoiceJson(invoice), "$.data.number");
    api.awaitMail(customer, "Invoice " + number);
    String pi = "pi_" + UUID.randomUUID().toString().replace("-", "");
    long t = now();
    String paid = invoiceEvent(evt(), "payment_intent.succeeded", t, pi, invoice, 4200);
    byte[] bytes = paid.getBytes(StandardCharsets.UTF_8);

    // Forged, stale, tampered, foreign: each refused before anything is read from it.
    Map<String, Integer> refused = new LinkedHashMap<>();
    refused.put(
        "signed with another workspace's secret",
        stripe(workspaceA, paid, header(SECRET_B, t, bytes)));
    refused.put("no Stripe-Signature header", stripe(workspaceA, paid, null));
    refused.put(
        "body altered after signing (amount)",
        stripe(workspaceA, paid.replace("4200", "1"), header(SECRET_A, t, bytes)));
    refused.put(
        "v0 scheme only",
        stripe(workspaceA, paid, "t=" + t + ",v0=" + hmac(SECRET_A, t + "." + paid)));
    refused.put("bare body HMAC, no timestamp", stripe(workspaceA, paid, hmac(SECRET_A, paid)));
    refused.put("timestamp 330 s old", stripe(workspaceA, paid, header(SECRET_A, t - 330, bytes)));
    refused.put(
        "timestamp 330 s ahead", stripe(workspaceA, paid, header(SECRET_A, t + 330, bytes)));
    refused.put(
        "A's event posted to B's webhook", stripe(workspaceB, paid, header(SECRET_A, t, bytes)));
    refused.put(
        "malformed JSON, correctly signed",
        stripe(
            workspaceA,
            "{not json",
            header(SECRET_A, t, "{not json".getBytes(StandardCharsets.UTF_8))));
    String captured = header(SECRET_A, t, bytes);
    clock.advance(Duration.ofMinutes(6));
    try {
      refused.put("captured delivery replayed 6 min later", stripe(workspaceA, paid, captured));
    } finally {
      clock.advance(Duration.ofMinutes(-6));
    }
    refused.forEach((what, status) -> assertThat(status).as(what).isIn(400, 401));
    assertThat(status(invoice)).isEqualTo("OPEN");

    // Foreign objects and unknown types: acknowledged, no effect on A's invoice.
    long later = now();
    assertThat(
            signedStripe(
                workspaceB,
                SECRET_B,
                invoiceEvent(
                    evt(), "payment_intent.succeeded", later, pi, invoice, 4200, workspaceA)))
        .isEqualTo(200);
    assertThat(
            signedStripe(
                workspaceB,
                SECRET_B,
                invoiceEvent(
                    evt(), "payment_intent.succeeded", later, pi, invoice, 4200, workspaceB)))
        .isEqualTo(200);
    assertThat(
            signedStripe(
                workspaceA,
                SECRET_A,
                invoiceEvent(evt(), "customer.created", later, pi, invoice, 4200)))
        .isEqualTo(200);
    assertThat(status(invoice)).isEqualTo("OPEN");

    // Reordered: the refund's charge.refunded (stamped later) arrives before the success; the
    // success must still pay the invoice, as it would have in order.
    assertThat(signedStripe(workspaceA, SECRET_A, chargeEvent(evt(), "charge.refunded", t + 5, pi)))
        .isEqualTo(200);
    assertThat(status(invoice)).isEqualTo("OPEN");

    // The same success N times, N at once, and again under a new event id.
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      answers.add(signedStripe(workspaceA, SECRET_A, paid));
    }
    answers.addAll(concurrently(CONCURRENT, () -> signedStripe(workspaceA, SECRET_A, paid)));
    answers.add(
        signedStripe(
            workspaceA,
            SECRET_A,
            invoiceEvent(evt(), "payment_intent.succeeded", t + 1, pi, invoice, 4200)));
    assertThat(answers).allMatch(s -> s == 200);
    awaitInvoiceStatus(invoice, "PAID");
    api.awaitMail(customer, "Payment received");
    // Paid twice: a second PaymentIntent (another Checkout) succeeds; the invoice stays paid once
    // and the second payment is logged to be refunded by hand (docs/billing.md).
    String secondPi = "pi_" + UUID.randomUUID().toString().replace("-", "");
    assertThat(
            signedStripe(
                workspaceA,
                SECRET_A,
                invoiceEvent(evt(), "payment_intent.succeeded", now(), secondPi, invoice, 4200)))
        .isEqualTo(200);
    Thread.sleep(500);

    int payments = JsonPath.<List<Object>>read(invoiceJson(invoice), "$.data.payments").size();
    int receipts = api.mailsTo(customer, "Payment received").size();
    row("Stripe: bad deliveries refused with 4xx", refused.size(), count(refused, true));
    row("Stripe: foreign / unknown-type events changing the invoice", 0, 0);
    row(
        "Stripe: invoice payments recorded ("
            + (REPEATS + CONCURRENT + 1)
            + " deliveries, success after refund, then a second PaymentIntent)",
        1,
        payments);
    row("Stripe: receipt mails at the SMTP sink", 1, receipts);
    assertThat(payments).isEqualTo(1);
    assertThat(receipts).isEqualTo(1);
    print("Stripe invoice webhook");
  }

  @Test
  void stripeOrderPaymentsAreActedOnOnceWhateverTheOrder() throws Exception {
    Assumptions.assumeTrue(MOCK != null && !MOCK.isBlank(), "MEWAYZ_STRIPE_MOCK_URL is not set");
    StoreCalls store = new StoreCalls(api, alice, workspaceA);
    String ebook = store.product("FAULT-EBOOK", true, 10, 1900);
    String customer = ApiClient.uniqueEmail("buyer");
    String orderId =
        ApiClient.read(
            store.call(
                HttpMethod.POST,
                "/api/ecommerce/orders",
                """
                {"customerEmail": "%s", "customerName": "Cleo",
                 "lines": [{"productId": "%s", "quantity": 1}], "paymentMethod": "STRIPE"}
                """
                    .formatted(customer, ebook)),
            "$.data.id");
    Order order = awaitPaymentIntent(orderId);
    long t = now();
    String pi = order.stripePaymentIntentId();

    // Same second: the card's charge.succeeded and a failed earlier attempt arrive first.
    assertThat(signedStripe(workspaceA, SECRET_A, chargeEvent(evt(), "charge.succeeded", t, pi)))
        .isEqualTo(200);
    assertThat(
            signedStripe(
                workspaceA,
                SECRET_A,
                orderEvent(evt(), "payment_intent.payment_failed", t, pi, order)))
        .isEqualTo(200);
    // B's webhook naming A's order: acknowledged, ignored.
    assertThat(
            signedStripe(
                workspaceB, SECRET_B, orderEvent(evt(), "payment_intent.succeeded", t, pi, order)))
        .isEqualTo(200);

    String paid = orderEvent(evt(), "payment_intent.succeeded", t, pi, order);
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      answers.add(signedStripe(workspaceA, SECRET_A, paid));
    }
    answers.addAll(concurrently(CONCURRENT, () -> signedStripe(workspaceA, SECRET_A, paid)));
    answers.add(
        signedStripe(
            workspaceA, SECRET_A, orderEvent(evt(), "payment_intent.succeeded", t, pi, order)));
    // A cancellation arriving after the success changes nothing: the order is paid.
    answers.add(
        signedStripe(
            workspaceA, SECRET_A, orderEvent(evt(), "payment_intent.canceled", t - 5, pi, order)));
    assertThat(answers).allMatch(s -> s == 200);
    store.awaitStatus(orderId, "COMPLETED");
    api.awaitMail(customer, "Your downloads");
    Thread.sleep(500);

    Order after = mongo.findById(orderId, Order.class);
    int downloads = api.mailsTo(customer, "Your downloads").size();
    int stock = store.stock(ebook);
    row(
        "Stripe: order paid (success after charge.succeeded and a failure of the same second)",
        1,
        after.paidAt() == null ? 0 : 1);
    row(
        "Stripe: download mails for " + (REPEATS + CONCURRENT + 1) + " successes and a late cancel",
        1,
        downloads);
    row("Stripe: stock left of 10", 9, stock);
    assertThat(after.paidAt()).isNotNull();
    assertThat(downloads).isEqualTo(1);
    assertThat(stock).isEqualTo(9);
    print("Stripe order webhook");
  }

  @Test
  void automationWebhooksStartOneRunPerDeliveryAndRefuseForgedOrStaleOnes() throws Exception {
    String automation = signedWebhookAutomation(alice, workspaceA);
    String automationB = signedWebhookAutomation(bob, workspaceB);
    String view =
        body(
            api.inWorkspace(
                workspaceA,
                HttpMethod.GET,
                "/api/automations/" + automation + "/webhook",
                alice,
                null));
    String path = pathOf(JsonPath.read(view, "$.data.url"));
    String secret = JsonPath.read(view, "$.data.signingSecret");
    String viewB =
        body(
            api.inWorkspace(
                workspaceB,
                HttpMethod.GET,
                "/api/automations/" + automationB + "/webhook",
                bob,
                null));
    String pathB = pathOf(JsonPath.read(viewB, "$.data.url"));
    String secretB = JsonPath.read(viewB, "$.data.signingSecret");
    String payload = "{\"name\": \"Grace\"}";
    long t = now();

    Map<String, Integer> refused = new LinkedHashMap<>();
    refused.put("no signature", hook(path, payload, null, null));
    refused.put("signed with B's secret", hook(path, payload, mewayz(secretB, t, payload), null));
    refused.put(
        "body altered after signing",
        hook(path, "{\"name\": \"Mallory\"}", mewayz(secret, t, payload), null));
    refused.put("bare body HMAC, no timestamp", hook(path, payload, hmac(secret, payload), null));
    refused.put("sha256= body HMAC", hook(path, payload, "sha256=" + hmac(secret, payload), null));
    refused.put("timestamp 330 s old", hook(path, payload, mewayz(secret, t - 330, payload), null));
    refused.put(
        "timestamp 330 s ahead", hook(path, payload, mewayz(secret, t + 330, payload), null));
    refused.put(
        "A's signed delivery posted to B's hook",
        hook(pathB, payload, mewayz(secret, t, payload), null));
    String captured = mewayz(secret, t, payload);
    clock.advance(Duration.ofMinutes(6));
    try {
      refused.put(
          "captured delivery replayed 6 min later", hook(path, payload, captured, "late-1"));
    } finally {
      clock.advance(Duration.ofMinutes(-6));
    }
    Map<String, Integer> notFound = new LinkedHashMap<>();
    String tokenSignature = path.substring(path.indexOf('.'));
    String tokenSignatureB = pathB.substring(pathB.indexOf('.'));
    notFound.put(
        "A's automation id with B's token signature",
        hook("/api/hooks/" + automation + tokenSignatureB, payload, captured, null));
    notFound.put(
        "B's automation id with A's token signature",
        hook("/api/hooks/" + automationB + tokenSignature, payload, captured, null));
    notFound.put(
        "random token", hook("/api/hooks/" + UUID.randomUUID() + ".abc", payload, captured, null));
    notFound.put("automation id alone", hook("/api/hooks/" + automation, payload, captured, null));
    refused.forEach((what, status) -> assertThat(status).as(what).isEqualTo(401));
    notFound.forEach((what, status) -> assertThat(status).as(what).isEqualTo(404));
    assertThat(runs(alice, workspaceA, automation)).isZero();

    // One delivery id: N times, N at once, and the sender's retry signed anew a minute later.
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      answers.add(hook(path, payload, mewayz(secret, t, payload), "delivery-1"));
    }
    answers.addAll(
        concurrently(
            CONCURRENT, () -> hook(path, payload, mewayz(secret, t, payload), "delivery-1")));
    answers.add(hook(path, payload, mewayz(secret, t + 60, payload), "delivery-1"));
    // An Idempotency-Key instead: the same request N times is one run; the key reused for
    // another body is refused (422) rather than answered with the first run.
    String keyed = "{\"name\": \"Keyed\"}";
    for (int i = 0; i < REPEATS; i++) {
      answers.add(
          hookWith(path, keyed, mewayz(secret, t, keyed), Map.of("Idempotency-Key", "key-1")));
    }
    String reused = "{\"name\": \"Other\"}";
    int reusedKey =
        hookWith(path, reused, mewayz(secret, t, reused), Map.of("Idempotency-Key", "key-1"));
    assertThat(reusedKey).as("Idempotency-Key reused for another body").isEqualTo(422);
    // No delivery id: a captured request replayed within the tolerance is the same run.
    String other = "{\"name\": \"Ada\"}";
    String signedOnce = mewayz(secret, t, other);
    for (int i = 0; i < REPEATS; i++) {
      answers.add(hook(path, other, signedOnce, null));
    }
    answers.addAll(concurrently(CONCURRENT, () -> hook(path, other, signedOnce, null)));
    assertThat(answers).allMatch(s -> s == 202 || s == 200);
    int runs = runs(alice, workspaceA, automation);
    int runsB = runs(bob, workspaceB, automationB);

    row(
        "automation webhook: Idempotency-Key reused for another body, refused 422",
        1,
        reusedKey == 422 ? 1 : 0);
    row(
        "automation webhook: forged / stale deliveries refused with 401",
        refused.size(),
        count(refused, true));
    row(
        "automation webhook: forged tokens answered 404",
        notFound.size(),
        notFound.values().stream().filter(s -> s == 404).count());
    row("automation webhook: runs for 3 deliveries sent " + answers.size() + " times", 3, runs);
    row("automation webhook: runs started in B by A's deliveries", 0, runsB);
    assertThat(runs).isEqualTo(3);
    assertThat(runsB).isZero();
    print("Automation webhook trigger");
  }

  // --- Stripe's side ----------------------------------------------------------------------------

  private void stripeKeys(Account owner, String workspace, String webhookSecret) throws Exception {
    int status =
        api.inWorkspace(
                workspace,
                HttpMethod.PUT,
                "/api/ecommerce/settings/stripe",
                owner,
                """
                {"secretKey": "sk_test_51MewayzFaultSuiteKey%s", "publishableKey": "pk_test_51MewayzFaultSuiteKey",
                 "webhookSecret": "%s"}
                """
                    .formatted(workspace.substring(0, 6), webhookSecret))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(200);
  }

  private String invoiceEvent(
      String id, String type, long created, String pi, String invoice, long amount) {
    return invoiceEvent(id, type, created, pi, invoice, amount, workspaceA);
  }

  private static String invoiceEvent(
      String id,
      String type,
      long created,
      String pi,
      String invoice,
      long amount,
      String workspace) {
    return """
        {"id": "%s", "object": "event", "type": "%s", "created": %d, "livemode": false,
         "data": {"object": {"id": "%s", "object": "payment_intent", "amount": %d, "currency": "eur",
           "metadata": {"invoiceId": "%s", "workspaceId": "%s"}}}}
        """
        .formatted(id, type, created, pi, amount, invoice, workspace);
  }

  private String orderEvent(String id, String type, long created, String pi, Order order) {
    return """
        {"id": "%s", "object": "event", "type": "%s", "created": %d, "livemode": false,
         "data": {"object": {"id": "%s", "object": "payment_intent", "amount": %d, "currency": "eur",
           "metadata": {"orderId": "%s", "workspaceId": "%s"}}}}
        """
        .formatted(id, type, created, pi, order.totalMinor(), order.id(), workspaceA);
  }

  private static String chargeEvent(String id, String type, long created, String pi) {
    return """
        {"id": "%s", "object": "event", "type": "%s", "created": %d, "livemode": false,
         "data": {"object": {"id": "ch_%s", "object": "charge", "payment_intent": "%s"}}}
        """
        .formatted(id, type, created, id.substring(4), pi);
  }

  private int signedStripe(String workspace, String secret, String body) throws Exception {
    return stripe(workspace, body, header(secret, now(), body.getBytes(StandardCharsets.UTF_8)));
  }

  private int stripe(String workspace, String body, String signature) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/api/webhooks/stripe/" + workspace)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.getBytes(StandardCharsets.UTF_8));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private static String header(String secret, long t, byte[] body) {
    return "t=" + t + ",v1=" + hmac(secret, t + "." + new String(body, StandardCharsets.UTF_8));
  }

  private static String evt() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "");
  }

  // --- invoices and orders ----------------------------------------------------------------------

  private String sentInvoice(String customer, long amount) throws Exception {
    String invoice =
        ApiClient.read(
            api.inWorkspace(
                workspaceA,
                HttpMethod.POST,
                "/api/financial/invoices",
                alice,
                """
                {"customerEmail": "%s", "customerName": "Payer",
                 "lines": [{"description": "Work", "quantity": 1, "unitPriceMinor": %d}],
                 "currency": "EUR", "dueDate": "%s"}
                """
                    .formatted(customer, amount, LocalDate.now(ZoneOffset.UTC).plusDays(30))),
            "$.data.id");
    api.inWorkspace(
        workspaceA, HttpMethod.POST, "/api/financial/invoices/" + invoice + "/send", alice, null);
    awaitInvoiceStatus(invoice, "OPEN");
    return invoice;
  }

  private String invoiceJson(String invoice) throws Exception {
    return body(
        api.inWorkspace(
            workspaceA, HttpMethod.GET, "/api/financial/invoices/" + invoice, alice, null));
  }

  private String status(String invoice) throws Exception {
    return JsonPath.read(invoiceJson(invoice), "$.data.status");
  }

  private void awaitInvoiceStatus(String invoice, String expected) throws Exception {
    String last = null;
    for (int i = 0; i < 300; i++) {
      last = status(invoice);
      if (expected.equals(last)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Invoice " + invoice + " is " + last + ", not " + expected);
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

  // --- automations ------------------------------------------------------------------------------

  private String signedWebhookAutomation(Account owner, String workspace) throws Exception {
    String graph =
        """
        {"name": "Signed hook", "graph": {
          "nodes": [
            {"id": "t1", "type": "trigger.webhook", "params": {"requireSignature": true}},
            {"id": "end", "type": "flow.end", "params": {"output": {"hello": "{{ trigger.name }}"}}}
          ],
          "edges": [{"from": "t1", "to": "end"}]}}
        """;
    String id =
        ApiClient.read(
            api.inWorkspace(workspace, HttpMethod.POST, "/api/automations", owner, graph),
            "$.data.id");
    int published =
        api.inWorkspace(
                workspace, HttpMethod.POST, "/api/automations/" + id + "/versions", owner, "{}")
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(published).isIn(200, 201);
    return id;
  }

  private int hook(String path, String payload, String signature, String deliveryId)
      throws Exception {
    return hookWith(
        path,
        payload,
        signature,
        deliveryId == null ? Map.of() : Map.of("X-Delivery-Id", deliveryId));
  }

  private int hookWith(String path, String payload, String signature, Map<String, String> extra)
      throws Exception {
    Map<String, String> headers = new LinkedHashMap<>(extra);
    if (signature != null) {
      headers.put("X-Mewayz-Signature", signature);
    }
    return api.perform(HttpMethod.POST, path, null, payload, headers)
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private int runs(Account owner, String workspace, String automation) throws Exception {
    String runs =
        body(
            api.inWorkspace(
                workspace,
                HttpMethod.GET,
                "/api/automations/" + automation + "/runs",
                owner,
                null));
    return JsonPath.<Integer>read(runs, "$.data.total");
  }

  private String mewayz(String secret, long t, String payload) {
    return "t=" + t + ",v1=" + hmac(secret, t + "." + payload);
  }

  private static String pathOf(String url) {
    return url.substring(url.indexOf("/api/hooks/"));
  }

  // --- plumbing ---------------------------------------------------------------------------------

  private long now() {
    return clock.instant().getEpochSecond();
  }

  private static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }

  private static long count(Map<String, Integer> statuses, boolean clientError) {
    return statuses.values().stream().filter(s -> (s >= 400 && s < 500) == clientError).count();
  }

  private static <T> List<T> concurrently(int times, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private void row(String what, long expected, long found) {
    table.add(
        new String[] {
          what,
          String.valueOf(expected),
          String.valueOf(found),
          String.valueOf(Math.abs(found - expected))
        });
  }

  private void print(String title) {
    StringBuilder out = new StringBuilder("\n" + title + "\n");
    out.append(
        String.format(
            "%-95s %9s %6s %14s%n", "what is checked", "expected", "found", "lost/doubled"));
    for (String[] r : table) {
      out.append(String.format("%-95s %9s %6s %14s%n", r[0], r[1], r[2], r[3]));
    }
    System.out.println(out);
  }
}
