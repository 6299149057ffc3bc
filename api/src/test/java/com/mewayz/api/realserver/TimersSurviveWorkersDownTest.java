package com.mewayz.api.realserver;

import static com.mewayz.api.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiProcess;
import com.mewayz.api.support.Audience;
import com.mewayz.api.support.HttpReceiver;
import com.mewayz.api.support.LossReport;
import com.mewayz.api.support.RealServerTest;
import com.mewayz.api.support.RetryingClient;
import com.mewayz.api.support.WorkerProcess;
import com.mewayz.workflows.automations.RunStatus;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * Timers and restarts (issue 9, fault 2). First, every worker is down while hundreds of parked
 * automation timers come due, then started again: each run makes its call and sends its mail once.
 * Second, a restart storm: a backlog of webhook-started runs is worked while the worker process and
 * the api process are stopped (SIGKILL or SIGTERM) and started again and again, once within a
 * second of its start-up. Side effects are counted at the receivers: a local HTTP server and the
 * SMTP sink. This JVM's api runs no workers.
 */
@RealServerTest
class TimersSurviveWorkersDownTest {
  private static final int PARKED = Integer.getInteger("mewayz.fault.timers.runs", 300);

  /** Time to park the runs before their timers come due; they are parked within it. */
  private static final Duration LEAD = Duration.ofSeconds(60);

  private static final Duration DOWN =
      Duration.ofSeconds(Integer.getInteger("mewayz.fault.timers.down-seconds", 60));
  private static final int BACKLOG = Integer.getInteger("mewayz.fault.storm.runs", 500);
  private static final int CYCLES = Integer.getInteger("mewayz.fault.storm.cycles", 3);
  private static final Duration SPREAD = Duration.ofSeconds(90);
  private static final HttpReceiver receiver = HttpReceiver.start();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("mewayz.workers.enabled", () -> "false");
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
  void parkedTimersAllFireOnceAfterTheWorkersWereDown() throws Exception {
    Instant begun = Instant.now();
    ApiClient api = new ApiClient(mvc, mails);
    ApiClient.Account owner = api.register("owner");
    String workspace = api.createWorkspace(owner, "Timers");
    String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    String domain = tag + ".example";
    String automation =
        publish(
            api,
            owner,
            workspace,
            """
            {"name": "Reminder", "graph": {"nodes": [
              {"id": "t1", "type": "trigger.manual"},
              {"id": "wait", "type": "wait.until", "params": {"at": "{{ trigger.at }}"}},
              {"id": "call", "type": "http.request",
               "params": {"method": "POST", "url": "%s", "body": {"key": "{{ trigger.key }}"}}},
              {"id": "mail", "type": "email.send",
               "params": {"to": "{{ trigger.email }}", "subject": "Reminder", "text": "It is time"}}],
              "edges": [{"from": "t1", "to": "wait"}, {"from": "wait", "to": "call"},
                        {"from": "call", "to": "mail"}]}}
            """
                .formatted(receiver.url()));

    try (WorkerProcess worker = WorkerProcess.sharingWith(context, "timers", workerSettings())) {
      worker.start();
      // Due within ten seconds of each other, all while the workers are down.
      Instant firstDue = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
      for (int i = 0; i < PARKED; i++) {
        api.inWorkspace(
            workspace,
            HttpMethod.POST,
            "/api/automations/" + automation + "/runs",
            owner,
            "{\"input\": {\"key\": \"%s-%d\", \"email\": \"p%d@%s\", \"at\": \"%s\"}}"
                .formatted(tag, i, i, domain, firstDue.plusSeconds(i % 10)));
      }
      await("every run parked", LEAD, () -> waiting(automation) == PARKED);
      Thread.sleep(1_000); // the timers are started with the task that recorded the wait
      long parked = waiting(automation);
      worker.kill();
      Instant killed = Instant.now();
      assertThat(killed).as("killed before the first timer came due").isBefore(firstDue);
      // Down for DOWN at least, and until every timer has been due for a few seconds however
      // quickly the runs were parked.
      Instant back = latest(killed.plus(DOWN), firstDue.plusSeconds(10 + 5));
      Thread.sleep(Duration.between(Instant.now(), back).toMillis());
      long firedWhileDown = receiver.count(tag);
      worker.start();
      Instant restarted = Instant.now();

      await(
          "every parked run's call and mail",
          Duration.ofSeconds(180),
          () ->
              receiver.distinct(tag) == PARKED
                  && Audience.recipients(mails, domain).size() >= PARKED);
      Thread.sleep(2_000); // a doubled call or mail would arrive now
      List<Long> lateness =
          receiver.firstByKey(tag).values().stream()
              .map(a -> Duration.between(restarted, a.at()).toMillis())
              .sorted()
              .toList();
      List<String> to = Audience.recipients(mails, domain);
      new LossReport("Workers down while timers come due: what was lost")
          .check("timers parked when the worker was killed", PARKED, parked)
          .check("calls while the workers were down", 0, firedWhileDown)
          .check("runs whose call reached the receiver", PARKED, receiver.distinct(tag))
          .check(
              "distinct Idempotency-Keys at the receiver",
              PARKED,
              receiver.distinctIdempotencyKeys(tag))
          .check("recipients mailed", PARKED, to.stream().distinct().count())
          .check("mails received", PARKED, to.size())
          .note(
              "workers down: %d s; timers came due %d s to %d s after the kill",
              Duration.between(killed, restarted).toSeconds(),
              Duration.between(killed, firstDue).toSeconds(),
              Duration.between(killed, firstDue.plusSeconds(9)).toSeconds())
          .note(
              "fired after the worker was back (ready): first %d ms, p99 %d ms, last %d ms",
              lateness.get(0), percentile(lateness, 99), lateness.get(lateness.size() - 1))
          .note(
              "calls received: %d (HTTP steps are at least once: a repeat after a busy restart"
                  + " carries its first call's Idempotency-Key)",
              receiver.count(tag))
          .note("time of the test: %d s", Duration.between(begun, Instant.now()).toSeconds())
          .printAndAssert();
    }
  }

  @Test
  void aBacklogIsWorkedOffOnceThroughARestartStorm() throws Exception {
    Instant begun = Instant.now();
    ApiClient setup = new ApiClient(mvc, mails);
    ApiClient.Account owner = setup.register("owner");
    String workspace = setup.createWorkspace(owner, "Storm");
    String tag = "s" + UUID.randomUUID().toString().substring(0, 8);
    String automation =
        publish(
            setup,
            owner,
            workspace,
            """
            {"name": "Storm", "graph": {"nodes": [
              {"id": "t1", "type": "trigger.webhook"},
              {"id": "wait", "type": "wait.until", "params": {"at": "{{ trigger.at }}"}},
              {"id": "call", "type": "http.request",
               "params": {"method": "POST", "url": "%s", "body": {"key": "{{ trigger.key }}"}}}],
              "edges": [{"from": "t1", "to": "wait"}, {"from": "wait", "to": "call"}]}}
            """
                .formatted(receiver.url()));
    String hook =
        ApiClient.read(
            setup.inWorkspace(
                workspace,
                HttpMethod.GET,
                "/api/automations/" + automation + "/webhook",
                owner,
                null),
            "$.data.url");
    String hookPath = hook.substring(hook.indexOf("/api/hooks/"));

    long seed = Long.getLong("mewayz.fault.storm.seed", System.nanoTime());
    Random random = new Random(seed);
    List<String> storm = new ArrayList<>();
    try (WorkerProcess worker = WorkerProcess.sharingWith(context, "storm", workerSettings());
        ApiProcess api =
            ApiProcess.sharingWith(context, "storm", Map.of("MEWAYZ_IDEMPOTENCY_LEASE", "PT5S"))) {
      api.start();
      worker.start();
      RetryingClient client = new RetryingClient(api.baseUrl());
      ExecutorService clients = Executors.newFixedThreadPool(8);
      List<Future<RetryingClient.Answer>> deliveries = new ArrayList<>();
      // Timers coming due one after the other over the storm, so it always has work to cut.
      Instant stormStart = Instant.now();
      for (int i = 0; i < BACKLOG; i++) {
        String key = tag + "-" + i;
        String body =
            "{\"key\": \"%s\", \"at\": \"%s\"}"
                .formatted(
                    key,
                    stormStart
                        .plus(SPREAD.multipliedBy(i).dividedBy(BACKLOG))
                        .truncatedTo(ChronoUnit.MILLIS));
        deliveries.add(clients.submit(() -> client.post(hookPath, key, Map.of(), body)));
      }
      clients.shutdown();

      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        // The first cycle stops the worker within a second of its start-up: mid-recovery.
        int upMillis = cycle == 1 ? 500 : 2_000 + random.nextInt(8_000);
        Thread.sleep(upMillis);
        boolean kill = cycle % 2 == 1;
        String what = (kill ? "SIGKILL" : "SIGTERM") + " worker after " + upMillis + " ms up";
        if (kill) {
          worker.kill();
        } else {
          worker.stop(Duration.ofSeconds(15));
        }
        if (cycle % 2 == 1) { // the first while the clients still deliver
          api.kill();
          what += ", SIGKILL api (" + client.inFlight.get() + " requests in flight)";
          api.start();
        }
        storm.add(what + "; " + receiver.distinct(tag) + " runs done");
        worker.start();
      }
      assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
      long accepted = 0;
      for (Future<RetryingClient.Answer> delivery : deliveries) {
        accepted += delivery.get() == null ? 0 : 1;
      }
      await(
          "every backlog run's call",
          Duration.ofSeconds(240),
          () -> receiver.distinct(tag) >= BACKLOG);
      String all = "AutomationId = '" + automation + "'";
      String completed = all + " AND ExecutionStatus = 'Completed'";
      await(
          "every backlog run completed",
          Duration.ofSeconds(60),
          () -> temporal.countWorkflows(completed).getCount() >= BACKLOG);
      Thread.sleep(2_000);

      new LossReport("Restart storm while a backlog is worked: what was lost")
          .check("webhook deliveries answered (2xx)", BACKLOG, accepted)
          .check("runs in Temporal", BACKLOG, temporal.countWorkflows(all).getCount())
          .check("runs completed", BACKLOG, temporal.countWorkflows(completed).getCount())
          .check("runs whose call reached the receiver", BACKLOG, receiver.distinct(tag))
          .check(
              "distinct Idempotency-Keys at the receiver",
              BACKLOG,
              receiver.distinctIdempotencyKeys(tag))
          .check("5xx answers (other than 503 load shedding)", 0, client.serverErrors.get())
          .check("other unexpected answers", 0, client.unexpected.size())
          .note(
              "calls received: %d (a repeat carries its first call's Idempotency-Key)",
              receiver.count(tag))
          .note("storm (seed %d):", seed)
          .note("  %s", String.join("\n    ", storm))
          .note(
              "connections cut or refused, then retried: %d; 409 'still running': %d;"
                  + " 503 load shed: %d",
              client.cut.get(), client.stillRunning.get(), client.shed.get())
          .note("time of the test: %d s", Duration.between(begun, Instant.now()).toSeconds())
          .printAndAssert();
    }
  }

  private long waiting(String automation) {
    return mongo.count(
        Query.query(
            Criteria.where("automationId").is(automation).and("status").is(RunStatus.WAITING)),
        "automation_runs");
  }

  private static Map<String, String> workerSettings() {
    return Map.of("MEWAYZ_HTTP_ALLOWED_HOSTS", "127.0.0.1");
  }

  private static String publish(
      ApiClient api, ApiClient.Account owner, String workspace, String automation)
      throws Exception {
    String id =
        ApiClient.read(
            api.inWorkspace(workspace, HttpMethod.POST, "/api/automations", owner, automation),
            "$.data.id");
    api.inWorkspace(
        workspace, HttpMethod.POST, "/api/automations/" + id + "/versions", owner, "{}");
    return id;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
