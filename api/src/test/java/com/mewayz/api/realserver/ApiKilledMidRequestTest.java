package com.mewayz.api.realserver;

import static com.mewayz.api.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiProcess;
import com.mewayz.api.support.HttpReceiver;
import com.mewayz.api.support.LossReport;
import com.mewayz.api.support.RealServerTest;
import com.mewayz.api.support.RetryingClient;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The api killed mid-request (issue 9, fault 3): the api runs as its own process, many clients
 * create contacts, place orders and start automation runs with {@code Idempotency-Key}s, and the
 * process is killed with SIGKILL three times while requests are in flight, then started again. The
 * clients retry every request with its key until answered. Each key must give one object (one
 * contact in MongoDB, answered with its id; one order with one workflow and one stock reservation)
 * or one run (one workflow in Temporal, one call at the receiver). The workflows are worked by this
 * JVM's workers, which are never killed here.
 */
@RealServerTest
class ApiKilledMidRequestTest {
  private static final int CONTACTS = Integer.getInteger("mewayz.fault.api-kill.contacts", 200);
  private static final int RUNS = Integer.getInteger("mewayz.fault.api-kill.runs", 200);
  private static final int ORDERS = Integer.getInteger("mewayz.fault.api-kill.orders", 100);
  private static final int STOCK = 1_000;
  private static final int CLIENTS = 12;
  private static final int KILLS = Integer.getInteger("mewayz.fault.api-kill.kills", 2);
  private static final HttpReceiver receiver = HttpReceiver.start();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("mewayz.automations.http.allowed-hosts", () -> "127.0.0.1");
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired WorkflowClient temporal;
  @Autowired ApplicationContext context;

  @Test
  void everyKeyGivesOneObjectAndOneRunAcrossApiKills() throws Exception {
    Instant begun = Instant.now();
    ApiClient setup = new ApiClient(mvc, mails);
    ApiClient.Account owner = setup.register("owner");
    String workspace = setup.createWorkspace(owner, "Api Kill");
    String automation = publishCaller(setup, owner, workspace);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String domain = "c" + tag + ".example";
    String product = createProduct(setup, owner, workspace, tag);

    try (ApiProcess api =
        ApiProcess.sharingWith(context, "api-kill", Map.of("MEWAYZ_IDEMPOTENCY_LEASE", "PT5S"))) {
      api.start();
      RetryingClient client = new RetryingClient(api.baseUrl());
      Map<String, String> headers =
          Map.of("Authorization", "Bearer " + owner.accessToken(), "X-Workspace-Id", workspace);
      Map<String, String> contactIds = new ConcurrentHashMap<>();
      Map<String, String> runIds = new ConcurrentHashMap<>();
      Map<String, String> orderIds = new ConcurrentHashMap<>();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> requests = new ArrayList<>();
      for (int i = 0; i < Math.max(CONTACTS, RUNS); i++) {
        int n = i;
        if (n < ORDERS) {
          requests.add(
              clients.submit(
                  () -> {
                    String key = "order-" + tag + "-" + n;
                    RetryingClient.Answer answer =
                        client.post(
                            "/api/ecommerce/orders",
                            key,
                            headers,
                            """
                            {"customerEmail": "o%d@%s", "customerName": "Buyer %d",
                             "paymentMethod": "MANUAL",
                             "lines": [{"productId": "%s", "quantity": 1}]}
                            """
                                .formatted(n, domain, n, product));
                    if (answer != null) {
                      orderIds.put(key, JsonPath.read(answer.body(), "$.data.id"));
                    }
                    return null;
                  }));
        }
        if (n < CONTACTS) {
          requests.add(
              clients.submit(
                  () -> {
                    String email = "c" + n + "@" + domain;
                    RetryingClient.Answer answer =
                        client.post(
                            "/api/crm/contacts",
                            "contact-" + tag + "-" + n,
                            headers,
                            "{\"email\":\"" + email + "\"}");
                    if (answer != null) {
                      contactIds.put(email, JsonPath.read(answer.body(), "$.data.id"));
                    }
                    return null;
                  }));
        }
        if (n < RUNS) {
          requests.add(
              clients.submit(
                  () -> {
                    String key = "run-" + tag + "-" + n;
                    RetryingClient.Answer answer =
                        client.post(
                            "/api/automations/" + automation + "/runs",
                            key,
                            headers,
                            "{\"input\":{\"key\":\"" + key + "\"}}");
                    if (answer != null) {
                      runIds.put(key, JsonPath.read(answer.body(), "$.data.runId"));
                    }
                    return null;
                  }));
        }
      }
      clients.shutdown();

      List<Integer> inFlightAtKills = new ArrayList<>();
      List<Duration> restarts = new ArrayList<>();
      int total = CONTACTS + RUNS + ORDERS;
      for (int kill = 1; kill <= KILLS; kill++) {
        long threshold = (long) total * kill / (KILLS + 1);
        await(
            "answers before kill " + kill,
            Duration.ofMinutes(3),
            () -> client.answered.get() >= threshold);
        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 300));
        inFlightAtKills.add(client.inFlight.get());
        api.kill();
        restarts.add(api.start());
      }
      assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
      for (Future<?> request : requests) {
        request.get();
      }

      List<Document> stored =
          mongo
              .getCollection("contacts")
              .find(new Document("workspaceId", workspace))
              .into(new ArrayList<>());
      long answeredWithStoredId =
          stored.stream()
              .filter(c -> c.get("_id").toString().equals(contactIds.get(c.getString("email"))))
              .count();
      Set<String> distinctRuns = new HashSet<>(runIds.values());
      long ordersStored =
          mongo.getCollection("orders").countDocuments(new Document("workspaceId", workspace));
      String orderWorkflows =
          "WorkspaceId = '" + workspace + "' AND WorkflowId STARTS_WITH 'order-'";
      await(
          "every order's workflow and stock reservation",
          Duration.ofSeconds(60),
          () ->
              temporal.countWorkflows(orderWorkflows).getCount() >= ORDERS
                  && stockOf(product) <= STOCK - ORDERS);
      Thread.sleep(1_000); // a second reservation would show now
      await(
          "every run's call",
          Duration.ofSeconds(120),
          () -> receiver.distinct("run-" + tag) >= RUNS);
      Thread.sleep(1_000); // a late second call would arrive now
      long takenOver =
          mongo
              .getCollection("idempotency_records")
              .countDocuments(new Document("takeovers", new Document("$gt", 0)));
      String query = "AutomationId = '" + automation + "'";
      await(
          "every run in Temporal",
          Duration.ofSeconds(30),
          () -> temporal.countWorkflows(query).getCount() >= RUNS);

      new LossReport("The api killed mid-request: what was lost")
          .check("contact creations answered (2xx)", CONTACTS, contactIds.size())
          .check("contacts stored in MongoDB", CONTACTS, stored.size())
          .check(
              "distinct addresses among them",
              CONTACTS,
              stored.stream().map(c -> c.getString("email")).distinct().count())
          .check("contacts answered with the id stored", CONTACTS, answeredWithStoredId)
          .check("orders answered (2xx)", ORDERS, orderIds.size())
          .check("distinct order ids answered", ORDERS, new HashSet<>(orderIds.values()).size())
          .check("orders stored in MongoDB", ORDERS, ordersStored)
          .check(
              "order workflows in Temporal",
              ORDERS,
              temporal.countWorkflows(orderWorkflows).getCount())
          .check("units of stock reserved (one per order)", ORDERS, STOCK - stockOf(product))
          .check("run starts answered (2xx)", RUNS, runIds.size())
          .check("distinct run ids answered", RUNS, distinctRuns.size())
          .check(
              "workflows in Temporal for the automation",
              RUNS,
              temporal.countWorkflows(query).getCount())
          .check("calls at the receiver, one per run", RUNS, receiver.count("run-" + tag))
          .check("5xx answers (other than 503 load shedding)", 0, client.serverErrors.get())
          .check("other unexpected answers", 0, client.unexpected.size())
          .note("kills (SIGKILL) with requests in flight: %s", inFlightAtKills)
          .note("connections cut or refused, then retried: %d", client.cut.get())
          .note("409 'still running' answers, then retried: %d", client.stillRunning.get())
          .note("503 with Retry-After (load shed), then retried: %d", client.shed.get())
          .note("keys whose first attempt died mid-request, taken over by the retry: %d", takenOver)
          .note(
              "api restarts (s): %s",
              restarts.stream().map(d -> String.format("%.1f", d.toMillis() / 1000.0)).toList())
          .note("time of the test: %d s", Duration.between(begun, Instant.now()).toSeconds())
          .note("unexpected: %s", client.unexpected.stream().limit(5).toList())
          .printAndAssert();
    }
  }

  private long stockOf(String product) {
    Document found =
        mongo.getCollection("products").find(new Document("_id", new ObjectId(product))).first();
    return found == null ? -1 : found.getInteger("stock");
  }

  private static String createProduct(
      ApiClient api, ApiClient.Account owner, String workspace, String tag) throws Exception {
    return ApiClient.read(
        api.inWorkspace(
            workspace,
            HttpMethod.POST,
            "/api/ecommerce/products",
            owner,
            """
            {"name": "Mug", "priceMinor": 1200, "currency": "EUR", "sku": "MUG-%s",
             "stock": %d, "digital": false}
            """
                .formatted(tag, STOCK)),
        "$.data.id");
  }

  /** Manual trigger, then one call to the receiver carrying the run's key. */
  private static String publishCaller(ApiClient api, ApiClient.Account owner, String workspace)
      throws Exception {
    String id =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/automations",
                owner,
                """
                {"name": "Call per key", "graph": {"nodes": [
                  {"id": "t1", "type": "trigger.manual"},
                  {"id": "call", "type": "http.request",
                   "params": {"method": "POST", "url": "%s", "body": {"key": "{{ trigger.key }}"}}},
                  {"id": "end", "type": "flow.end"}],
                  "edges": [{"from": "t1", "to": "call"}, {"from": "call", "to": "end"}]}}
                """
                    .formatted(receiver.url())),
            "$.data.id");
    api.inWorkspace(
        workspace, HttpMethod.POST, "/api/automations/" + id + "/versions", owner, "{}");
    return id;
  }
}
