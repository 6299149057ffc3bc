package com.mewayz.api.automations;

import static com.mewayz.api.automations.WorkspaceCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.workflows.automations.NodeTypes;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Automations end to end through the API, with the real interpreter and workers running. */
@ApiTest
class AutomationApiTest {
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired EmbeddedMailSink mails;
  @Autowired Clock clock;
  ApiClient api;
  Account owner;
  String workspace;
  WorkspaceCalls ws;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Automations Co");
    ws = new WorkspaceCalls(api, owner, workspace);
  }

  @Test
  void publishesEveryNodeTypeWithPortsAndSchema() throws Exception {
    ws.call(HttpMethod.GET, "/api/automations/node-types", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.length()").value(NodeTypes.all().size()))
        .andExpect(
            jsonPath("$.data[*].type")
                .value(hasItems("trigger.webhook", "wait.event", "flow.parallel", "http.request")))
        .andExpect(jsonPath("$.data[?(@.type=='flow.if')].ports[0]").value(hasItem("true")))
        .andExpect(
            jsonPath("$.data[?(@.type=='wait.delay')].paramsSchema.required[0]")
                .value(hasItem("duration")));
  }

  /**
   * The designer's form tests run over a copy of this answer; when the node types change, the copy
   * must follow, or those tests would pass against types the server no longer publishes.
   */
  @Test
  void theDesignersNodeTypesFixtureIsWhatTheServerPublishes() throws Exception {
    Path fixture = Path.of("..", "ui", "src", "features", "designer", "inspector");
    JsonNode published =
        json.readTree(body(ws.call(HttpMethod.GET, "/api/automations/node-types", null)))
            .get("data");
    assertThat(json.readTree(Files.readString(fixture.resolve("nodeTypes.fixture.json"))))
        .as(
            "ui/.../inspector/nodeTypes.fixture.json differs from GET /api/automations/node-types:"
                + " save that answer's data there")
        .isEqualTo(published);
  }

  @Test
  void rejectsAnInvalidGraphNamingEveryNodeAndEdgeAtFault() throws Exception {
    String id = ws.create("{\"name\": \"Draft\"}");
    String broken =
        """
        {"name": "Draft", "graph": {
          "nodes": [
            {"id": "t1", "type": "trigger.manual"},
            {"id": "t2", "type": "trigger.manual"},
            {"id": "wait", "type": "wait.delay", "params": {"duration": "two days"}},
            {"id": "mail", "type": "email.send", "params": {"to": "{{ nodes.later.email }}", "subject": "Hi", "text": "x"}},
            {"id": "later", "type": "data.set", "params": {"values": {"a": 1}}},
            {"id": "odd", "type": "no.such.type"}
          ],
          "edges": [
            {"from": "t1", "to": "wait"}, {"from": "wait", "to": "mail"}, {"from": "mail", "to": "later"},
            {"from": "wait", "to": "ghost"}, {"from": "wait", "to": "mail"}
          ]}}
        """;

    ws.call(HttpMethod.PUT, "/api/automations/" + id, broken)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("ValidationError"))
        .andExpect(
            jsonPath("$.details.graph")
                .value(org.hamcrest.Matchers.containsString("exactly one trigger")))
        .andExpect(jsonPath("$.details['nodes.wait.params.duration']").exists())
        .andExpect(
            jsonPath("$.details['nodes.mail.params']")
                .value(org.hamcrest.Matchers.containsString("nodes.later")))
        .andExpect(jsonPath("$.details['nodes.odd.type']").exists())
        .andExpect(jsonPath("$.details['edges.wait.out->ghost']").exists())
        .andExpect(jsonPath("$.details['edges.wait.out->mail']").exists())
        .andExpect(
            jsonPath("$.problems.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(6)));
  }

  @Test
  void publishesImmutableVersionsActivatesAndRollsBack() throws Exception {
    String id = ws.create(AutomationFixtures.welcomeMail());
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/versions", "{\"summary\": \"first\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.version").value(1))
        .andExpect(jsonPath("$.data.active").value(true));
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/versions", null)
        .andExpect(jsonPath("$.data.version").value(2))
        .andExpect(jsonPath("$.data.summary").value("0 added, 0 removed, 0 changed steps"));
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/deactivate", null)
        .andExpect(jsonPath("$.data.activeVersion").doesNotExist());
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/runs", "{}")
        .andExpect(status().isConflict());
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/activate", "{\"version\": 1}")
        .andExpect(jsonPath("$.data.activeVersion").value(1));
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/versions", "{\"from\": 1}")
        .andExpect(jsonPath("$.data.version").value(3))
        .andExpect(jsonPath("$.data.summary").value("Rolled back to version 1"));
    ws.call(HttpMethod.GET, "/api/automations/" + id + "/versions", null)
        .andExpect(jsonPath("$.data.length()").value(3))
        .andExpect(jsonPath("$.data[0].active").value(true))
        .andExpect(jsonPath("$.data[0].publishedBy").isNotEmpty())
        .andExpect(jsonPath("$.data[0].publishedByName").isNotEmpty());
    ws.call(HttpMethod.GET, "/api/automations?q=welcome", null)
        .andExpect(jsonPath("$.data.total").value(1));
    ws.call(HttpMethod.GET, "/api/automations?q=nothing-like-it", null)
        .andExpect(jsonPath("$.data.total").value(0));
  }

  @Test
  void aRunWaitingOnATimerFinishesOnItsVersionAfterTheNextIsPublished() throws Exception {
    String v1 =
        """
        {"name": "Pinned", "graph": {"nodes": [
          {"id": "t1", "type": "trigger.manual"},
          {"id": "wait", "type": "wait.delay", "params": {"duration": "PT2S"}},
          {"id": "end", "type": "flow.end", "params": {"output": {"version": "one"}}}],
          "edges": [{"from": "t1", "to": "wait"}, {"from": "wait", "to": "end"}]}}
        """;
    String id = ws.published(v1);
    String runId = ws.start(id, "{}", null);
    ws.awaitStatus(runId, "WAITING");

    ws.call(HttpMethod.PUT, "/api/automations/" + id, v1.replace("\"one\"", "\"two\""))
        .andExpect(status().isOk());
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/versions", "{}")
        .andExpect(jsonPath("$.data.version").value(2));
    String second = ws.start(id, "{}", null);

    ws.awaitStatus(runId, "COMPLETED")
        .andExpect(jsonPath("$.data.version").value(1))
        .andExpect(jsonPath("$.data.output.version").value("one"));
    ws.awaitStatus(second, "COMPLETED")
        .andExpect(jsonPath("$.data.version").value(2))
        .andExpect(jsonPath("$.data.output.version").value("two"));
  }

  @Test
  void aManualRunSendsItsMailAndEndsWithItsOutput() throws Exception {
    String id = ws.published(AutomationFixtures.welcomeMail());
    String to = ApiClient.uniqueEmail("ada");

    String runId =
        ws.start(id, "{\"input\": {\"name\": \"Ada\", \"email\": \"" + to + "\"}}", null);

    ws.awaitStatus(runId, "COMPLETED")
        .andExpect(jsonPath("$.data.output.sentTo").value(to))
        .andExpect(jsonPath("$.data.output.greeting").value("Hello Ada"))
        .andExpect(
            jsonPath("$.data.state.timeline[*].nodeId")
                .value(hasItems("t1", "greet", "mail", "end")))
        .andExpect(jsonPath("$.data.state.vars.greeting").value("Hello Ada"));
    assertThat(api.awaitMail(to, "Hello Ada").text()).contains("Welcome aboard.");
    ws.call(HttpMethod.GET, "/api/automations/" + id + "/runs", null)
        .andExpect(jsonPath("$.data.total").value(1))
        .andExpect(jsonPath("$.data.items[0].status").value("COMPLETED"));
  }

  @Test
  void theSameIdempotencyKeySentFiveTimesAtOnceStartsOneRun() throws Exception {
    String id = ws.published(AutomationFixtures.approval());

    List<Integer> statuses =
        concurrently(
            5,
            () ->
                api.inWorkspace(
                        workspace,
                        HttpMethod.POST,
                        "/api/automations/" + id + "/runs",
                        owner,
                        "{\"input\": {}}")
                    .andReturn()
                    .getResponse()
                    .getStatus());
    // Alongside the run id derived from the key, the Idempotency-Key filter also keeps answers.
    statuses.forEach(s -> assertThat(s).isBetween(200, 299));
    List<Integer> keyed =
        concurrently(
            5,
            () ->
                api.perform(
                        HttpMethod.POST,
                        "/api/automations/" + id + "/runs",
                        owner,
                        "{\"input\": {\"amount\": 5}}",
                        Map.of("X-Workspace-Id", workspace, "Idempotency-Key", "order-42"))
                    .andReturn()
                    .getResponse()
                    .getStatus());
    assertThat(keyed).allMatch(s -> s == 202 || s == 409);

    ws.call(HttpMethod.GET, "/api/automations/" + id + "/runs", null)
        .andExpect(jsonPath("$.data.total").value(6));
  }

  @Test
  void anEventDeliveredFiveTimesStartsOneRunAndTheFilterChoosesWhichEvents() throws Exception {
    String id = ws.published(AutomationFixtures.onContactCreated());
    String event =
        "{\"id\": \"evt-1\", \"type\": \"contact.created\", \"key\": \"x@vip.test\","
            + " \"payload\": {\"contact\": {\"email\": \"x@vip.test\"}}}";

    concurrently(
        5,
        () -> ws.call(HttpMethod.POST, "/api/events", event).andReturn().getResponse().getStatus());
    ws.call(
        HttpMethod.POST,
        "/api/events",
        "{\"id\": \"evt-2\", \"type\": \"contact.created\", \"payload\": {\"contact\": {\"email\": \"y@plain.test\"}}}");

    String runId = awaitRuns(id, 1).get(0);
    ws.awaitStatus(runId, "COMPLETED")
        .andExpect(jsonPath("$.data.output.email").value("x@vip.test"));
    Thread.sleep(300);
    ws.call(HttpMethod.GET, "/api/automations/" + id + "/runs", null)
        .andExpect(jsonPath("$.data.total").value(1));
  }

  @Test
  void aWebhookAnswersWithTheOutputAndRedeliveriesStartOneRun() throws Exception {
    String id = ws.published(AutomationFixtures.webhookEcho(false));
    String url =
        JsonPath.read(
            body(ws.call(HttpMethod.GET, "/api/automations/" + id + "/webhook", null)),
            "$.data.url");
    String path = url.substring(url.indexOf("/api/hooks/"));

    List<String> answers =
        concurrently(
            5,
            () ->
                api.perform(
                        HttpMethod.POST,
                        path,
                        null,
                        "{\"name\": \"Grace\"}",
                        Map.of("X-Delivery-Id", "d-1"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());

    Set<String> runIds = new HashSet<>();
    for (String answer : answers) {
      runIds.add(JsonPath.read(answer, "$.data.runId"));
    }
    assertThat(runIds).hasSize(1);
    assertThat(answers).anySatisfy(a -> assertThat(a).contains("\"hello\":\"Grace\""));
    ws.call(HttpMethod.GET, "/api/automations/" + id + "/runs", null)
        .andExpect(jsonPath("$.data.total").value(1));
    api.perform(HttpMethod.POST, path.substring(0, path.length() - 3) + "abc", null, "{}")
        .andExpect(status().isNotFound());
  }

  @Test
  void aSignedWebhookRefusesUnsignedBodies() throws Exception {
    String id = ws.published(AutomationFixtures.webhookEcho(true));
    String view = body(ws.call(HttpMethod.GET, "/api/automations/" + id + "/webhook", null));
    String url = JsonPath.read(view, "$.data.url");
    String secret = JsonPath.read(view, "$.data.signingSecret");
    String path = url.substring(url.indexOf("/api/hooks/"));
    String payload = "{\"name\": \"Linus\"}";

    api.perform(HttpMethod.POST, path, null, payload).andExpect(status().isUnauthorized());
    api.perform(
            HttpMethod.POST,
            path,
            null,
            payload,
            Map.of("X-Mewayz-Signature", signature(secret, payload)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.output.hello").value("Linus"));
  }

  @Test
  void anApprovalWaitsUntilSomeoneApproves() throws Exception {
    String id = ws.published(AutomationFixtures.approval());
    String runId = ws.start(id, "{\"input\": {\"amount\": 40}}", null);
    ws.awaitStatus(runId, "WAITING")
        .andExpect(jsonPath("$.data.state.waiting[0].kind").value("approval"))
        .andExpect(jsonPath("$.data.state.waiting[0].detail").value("Refund 40?"));

    ws.call(HttpMethod.POST, "/api/runs/" + runId + "/approve", "{\"nodeId\": \"nope\"}")
        .andExpect(status().isConflict());
    ws.call(
            HttpMethod.POST,
            "/api/runs/" + runId + "/approve",
            "{\"nodeId\": \"ask\", \"comment\": \"ok\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.port").value("approved"));

    ws.awaitStatus(runId, "COMPLETED")
        .andExpect(jsonPath("$.data.output.decision").value("approved"));
  }

  @Test
  void aRunWaitingForAnEventGoesOnWhenThePlatformEmitsIt() throws Exception {
    String id = ws.published(AutomationFixtures.waitForPayment());
    String runId = ws.start(id, "{\"input\": {\"orderId\": \"o-77\"}}", null);
    ws.awaitStatus(runId, "WAITING");

    ws.call(
        HttpMethod.POST,
        "/api/events",
        "{\"type\": \"order.paid\", \"key\": \"o-99\", \"payload\": {\"amount\": 1}}");
    ws.call(
            HttpMethod.POST,
            "/api/events",
            "{\"type\": \"order.paid\", \"key\": \"o-77\", \"payload\": {\"amount\": 120}}")
        .andExpect(jsonPath("$.data.delivered[0]").value(runId));

    ws.awaitStatus(runId, "COMPLETED").andExpect(jsonPath("$.data.output.amount").value(120));
  }

  @Test
  void cancellingAWaitingRunEndsItCancelled() throws Exception {
    String id = ws.published(AutomationFixtures.waitForPayment());
    String runId = ws.start(id, "{\"input\": {\"orderId\": \"o-1\"}}", null);
    ws.awaitStatus(runId, "WAITING");

    ws.call(HttpMethod.POST, "/api/runs/" + runId + "/cancel", null).andExpect(status().isOk());

    ws.awaitStatus(runId, "CANCELLED");
    ws.call(HttpMethod.POST, "/api/runs/" + runId + "/cancel", null)
        .andExpect(status().isConflict());
  }

  @Test
  void httpStepsMayNotCallInternalAddresses() throws Exception {
    String id =
        ws.published(AutomationFixtures.httpCall("http://169.254.169.254/latest/meta-data/"));
    String runId = ws.start(id, "{}", null);

    ws.awaitStatus(runId, "FAILED")
        .andExpect(
            jsonPath("$.data.error").value(org.hamcrest.Matchers.containsString("link-local")))
        .andExpect(jsonPath("$.data.state.failedNode").value("call"));
  }

  @Test
  void aFailedRunRetriesFromTheFailedStepWithItsVariables() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/orders",
        exchange -> {
          boolean fail = calls.incrementAndGet() == 1;
          byte[] answer =
              (fail ? "{\"error\":\"busy\"}" : "{\"ok\":true}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://localhost:" + server.getAddress().getPort() + "/orders";
      String id = ws.published(AutomationFixtures.httpCall(url));
      String runId = ws.start(id, "{}", null);
      ws.awaitStatus(runId, "FAILED").andExpect(jsonPath("$.data.state.failedNode").value("call"));

      String retryId =
          JsonPath.read(
              body(ws.call(HttpMethod.POST, "/api/runs/" + runId + "/retry", null)),
              "$.data.runId");

      ws.awaitStatus(retryId, "COMPLETED")
          .andExpect(jsonPath("$.data.retryOf").value(runId))
          .andExpect(jsonPath("$.data.output.status").value(200))
          .andExpect(jsonPath("$.data.output.attempted").value(true));
      assertThat(calls.get()).isEqualTo(2);
      ws.call(HttpMethod.GET, "/api/runs/" + runId, null)
          .andExpect(jsonPath("$.data.status").value("FAILED"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void refusesLoopbackAddressesThatAreNotAllowListed() throws Exception {
    String id = ws.published(AutomationFixtures.httpCall("http://127.0.0.1:9/nothing"));
    String runId = ws.start(id, "{}", null);
    ws.awaitStatus(runId, "FAILED")
        .andExpect(
            jsonPath("$.data.error").value(org.hamcrest.Matchers.containsString("loopback")));
  }

  @Test
  void aScheduleFiresRunsNamedByTheirFireTimeUntilDeactivated() throws Exception {
    String id =
        ws.published(
            """
            {"name": "Every second", "graph": {"nodes": [
              {"id": "t1", "type": "trigger.schedule", "params": {"cron": "* * * * * ?", "timeZone": "Europe/Paris"}},
              {"id": "end", "type": "flow.end", "params": {"output": {"at": "{{ trigger.scheduledAt }}"}}}],
              "edges": [{"from": "t1", "to": "end"}]}}
            """);

    List<String> runIds = awaitRuns(id, 2);
    assertThat(runIds).allMatch(r -> r.matches("run-" + id + "-schedule-\\d+"));
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/deactivate", null)
        .andExpect(status().isOk());
    Thread.sleep(200);
    long after =
        ((Number)
                JsonPath.read(
                    body(ws.call(HttpMethod.GET, "/api/automations/" + id + "/runs", null)),
                    "$.data.total"))
            .longValue();
    Thread.sleep(2000);
    ws.call(HttpMethod.GET, "/api/automations/" + id + "/runs", null)
        .andExpect(jsonPath("$.data.total").value((int) after));
  }

  @Test
  void anInvalidCronIsRefusedOnSave() throws Exception {
    ws.call(
            HttpMethod.POST,
            "/api/automations",
            """
            {"name": "Bad cron", "graph": {"nodes": [
              {"id": "t1", "type": "trigger.schedule", "params": {"cron": "every monday"}}],
              "edges": []}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['nodes.t1.params.cron']").exists());
  }

  @Test
  void simulatesWeeksOfWaitingInUnderTwoSecondsWithoutSideEffects() throws Exception {
    String id =
        ws.create(
            """
            {"name": "Drip", "graph": {"nodes": [
              {"id": "t1", "type": "trigger.manual"},
              {"id": "wait", "type": "wait.delay", "params": {"duration": "P14D"}},
              {"id": "mail", "type": "email.send", "params": {"to": "{{ trigger.email }}", "subject": "Two weeks in", "text": "Hi"}},
              {"id": "ask", "type": "approval.request", "params": {"message": "Upsell?", "timeout": "P7D"}},
              {"id": "yes", "type": "flow.end", "params": {"output": {"result": "approved"}}},
              {"id": "no", "type": "flow.end", "params": {"output": {"result": "timeout"}}}],
              "edges": [{"from": "t1", "to": "wait"}, {"from": "wait", "to": "mail"}, {"from": "mail", "to": "ask"},
                        {"from": "ask", "to": "yes", "port": "approved"}, {"from": "ask", "to": "no", "port": "timeout"}]}}
            """);
    String to = ApiClient.uniqueEmail("sim");
    long started = System.nanoTime();

    String result =
        body(
            ws.call(
                    HttpMethod.POST,
                    "/api/automations/" + id + "/simulate",
                    "{\"input\": {\"email\": \""
                        + to
                        + "\"}, \"decisions\": [{\"after\": \"P15D\", \"nodeId\": \"ask\", \"approved\": true}]}")
                .andExpect(status().isOk()));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat((String) JsonPath.read(result, "$.data.status")).isEqualTo("COMPLETED");
    assertThat((String) JsonPath.read(result, "$.data.output.result")).isEqualTo("approved");
    assertThat(((Number) JsonPath.read(result, "$.data.simulatedMillis")).longValue())
        .isGreaterThanOrEqualTo(Duration.ofDays(15).toMillis());
    List<String> nodes = JsonPath.read(result, "$.data.state.timeline[*].nodeId");
    assertThat(nodes).containsExactly("t1", "wait", "mail", "ask", "yes");
    assertThat(api.mailsTo(to, "")).isEmpty();
    ws.call(HttpMethod.GET, "/api/automations/" + id + "/runs", null)
        .andExpect(jsonPath("$.data.total").value(0));
  }

  private List<String> awaitRuns(String automationId, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      List<String> ids =
          JsonPath.read(
              body(ws.call(HttpMethod.GET, "/api/automations/" + automationId + "/runs", null)),
              "$.data.items[*].runId");
      if (ids.size() >= count) {
        return ids;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Fewer than " + count + " runs of " + automationId);
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

  private String signature(String secret, String body) {
    long t = clock.instant().getEpochSecond();
    return "t=" + t + ",v1=" + WebhookLinks.sign(secret, t, body.getBytes(StandardCharsets.UTF_8));
  }
}
