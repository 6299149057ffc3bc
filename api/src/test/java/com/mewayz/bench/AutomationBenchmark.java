package com.mewayz.bench;

import static com.mewayz.bench.BenchGraphs.edge;
import static com.mewayz.bench.BenchGraphs.graph;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.sun.net.httpserver.HttpServer;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Automation benchmarks against a real Temporal server (scripts/benchmarks.sh starts the dev
 * server). Starts the whole platform in this JVM on a free port, and measures through its HTTP API
 * as a client would:
 *
 * <ol>
 *   <li>a webhook-triggered automation of 40 data steps that answers with its result;
 *   <li>an automation of 40 sequential HTTP steps against a local server, start to finish;
 *   <li>the same 40 HTTP calls in a hand-written Temporal workflow, for the interpreter's overhead.
 * </ol>
 *
 * Each warms up first, then reports median, p90, p99 and spread over the measured runs.
 */
public final class AutomationBenchmark {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int STEPS = 40;

  private AutomationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int webhookRuns = Integer.parseInt(System.getProperty("bench.webhookRuns", "300"));
    int httpRuns = Integer.parseInt(System.getProperty("bench.httpRuns", "30"));
    String temporal = System.getProperty("bench.temporal", "127.0.0.1:7233");
    HttpServer target = localTarget();
    ConfigurableApplicationContext app =
        BenchPlatform.start(temporal, "--mewayz.automations.http.allowed-hosts=127.0.0.1");
    try {
      String base = BenchPlatform.baseUrl(app);
      Client client = new Client(base);
      String targetUrl = "http://127.0.0.1:" + target.getAddress().getPort() + "/ping";

      System.out.println(machine());
      String webhook = client.webhookAutomation(fortyDataSteps());
      Stats webhookStats =
          measure(30, webhookRuns, () -> timeNanos(() -> client.post(webhook, "{\"n\": 1}")));
      report("1. webhook, 40 data steps, answered with the result (ms)", webhookStats);

      WorkflowClient temporalClient = app.getBean(WorkflowClient.class);
      String httpAutomation = client.manualAutomation(fortyHttpSteps(targetUrl));
      Stats interpreted =
          measure(
              3,
              httpRuns,
              () ->
                  timeNanos(
                      () -> {
                        String runId = client.startRun(httpAutomation);
                        temporalClient.newUntypedWorkflowStub(runId).getResult(RunResult.class);
                      }));
      report("2. 40 sequential HTTP steps, start to finish through the API (ms)", interpreted);
      com.mewayz.domain.automations.AutomationVersion version =
          app.getBean(com.mewayz.domain.automations.AutomationVersionRepository.class)
              .findById(httpAutomation + ":1")
              .orElseThrow();
      LongSupplier directRun =
          () ->
              timeNanos(
                  () -> {
                    String runId = "bench-direct-" + UUID.randomUUID();
                    temporalClient
                        .newWorkflowStub(
                            com.mewayz.workflows.automations.AutomationWorkflow.class,
                            WorkflowOptions.newBuilder()
                                .setTaskQueue(
                                    com.mewayz.workflows.automations.Automations.TASK_QUEUE)
                                .setWorkflowId(runId)
                                .setDisableEagerExecution(false)
                                .build())
                        .run(
                            new com.mewayz.workflows.automations.RunModel.RunRequest(
                                runId,
                                version.workspaceId(),
                                version.automationId(),
                                version.version(),
                                "bench",
                                version.graph(),
                                java.util.Map.of()));
                  });
      Stats direct = measure(3, httpRuns, directRun);
      report("2b. the same automation started directly on the Temporal client (ms)", direct);

      WorkerFactory factory = WorkerFactory.newInstance(temporalClient);
      Worker worker = factory.newWorker("bench-hand-written");
      worker.registerWorkflowImplementationTypes(FortyCallsImpl.class);
      worker.registerActivitiesImplementations(new CallActivityImpl());
      Worker localWorker = factory.newWorker("bench-hand-written-local");
      localWorker.registerWorkflowImplementationTypes(FortyLocalCallsImpl.class);
      // The very step implementation the interpreter calls, so only the interpreter differs.
      localWorker.registerActivitiesImplementations(
          app.getBean(com.mewayz.workflows.automations.AutomationActivities.class));
      factory.start();
      LongSupplier localRun =
          () ->
              timeNanos(
                  () ->
                      fortyCalls(temporalClient, "bench-hand-written-local", true).run(targetUrl));
      Stats handWrittenLocal = measure(3, httpRuns, localRun);
      Stats handWritten =
          measure(
              3,
              httpRuns,
              () ->
                  timeNanos(
                      () ->
                          fortyCalls(temporalClient, "bench-hand-written", false).run(targetUrl)));
      report(
          "3a. the same 40 HTTP steps (same step code, local activities) in hand-written workflow code (ms)",
          handWrittenLocal);
      report("3b. the same 40 calls hand-written with regular activities (ms)", handWritten);
      Stats empty =
          measure(
              10,
              httpRuns,
              () ->
                  timeNanos(() -> fortyCalls(temporalClient, "bench-hand-written", false).run("")));
      // Interleaved, so drift of the machine or server touches both sides alike.
      List<Double> pairDirect = new ArrayList<>();
      List<Double> pairLocal = new ArrayList<>();
      int pairs = Integer.parseInt(System.getProperty("bench.pairs", "100"));
      for (int i = 0; i < pairs; i++) {
        pairDirect.add(directRun.getAsLong() / 1_000_000.0);
        pairLocal.add(localRun.getAsLong() / 1_000_000.0);
      }
      report("3c. interleaved: interpreter (as 2b) (ms)", new Stats(pairDirect));
      report("3c. interleaved: hand-written (as 3a) (ms)", new Stats(pairLocal));
      System.out.printf(
          "   interleaved interpreter / hand-written, medians: %.2fx%n",
          new Stats(pairDirect).median() / new Stats(pairLocal).median());
      factory.shutdown();
      report("0. baseline: an empty workflow, start to result on this server (ms)", empty);
      com.mewayz.domain.automations.RunStore store =
          app.getBean(com.mewayz.domain.automations.RunStore.class);
      Stats runRow =
          measure(
              20,
              200,
              () ->
                  timeNanos(
                      () ->
                          store.progress(
                              new com.mewayz.workflows.automations.RunModel.RunProgress(
                                  "bench-row-" + UUID.randomUUID(),
                                  "ws",
                                  "aut",
                                  1,
                                  "bench",
                                  "COMPLETED",
                                  null,
                                  null,
                                  java.util.Map.of("ok", true),
                                  System.currentTimeMillis()))));
      report("0b. one runs-list write on the embedded MongoDB-protocol server (ms)", runRow);
      System.out.printf(
          "   interpreter (2b) / hand-written with the same activities (3a), medians: %.2fx%n",
          direct.median() / handWrittenLocal.median());
    } finally {
      app.close();
      target.stop(0);
    }
    // Temporal's and the HTTP server's threads would keep Maven's exec JVM waiting.
    System.exit(0);
  }

  static String fortyDataSteps() {
    StringBuilder nodes =
        new StringBuilder(
            "{\"id\": \"t1\", \"type\": \"trigger.webhook\", \"params\": {\"respond\": true}}");
    StringBuilder edges = new StringBuilder();
    String previous = "t1";
    for (int i = 1; i <= STEPS; i++) {
      String id = "s" + i;
      String value = i == 1 ? "{{ trigger.n }}" : "{{ vars.v" + (i - 1) + " }}";
      nodes.append(
          ",{\"id\": \"%s\", \"type\": \"data.set\", \"params\": {\"values\": {\"v%d\": \"%s\", \"label\": \"step %d\"}}}"
              .formatted(id, i, value, i));
      edges.append(i == 1 ? "" : ",").append(edge(previous, id));
      previous = id;
    }
    nodes.append(
        ",{\"id\": \"end\", \"type\": \"flow.end\", \"params\": {\"output\": {\"result\": \"{{ vars.v40 }}\"}}}");
    edges.append(",").append(edge(previous, "end"));
    return graph("Forty data steps", nodes, edges);
  }

  static String fortyHttpSteps(String url) {
    StringBuilder nodes = new StringBuilder("{\"id\": \"t1\", \"type\": \"trigger.manual\"}");
    StringBuilder edges = new StringBuilder();
    String previous = "t1";
    for (int i = 1; i <= STEPS; i++) {
      String id = "h" + i;
      nodes.append(
          ",{\"id\": \"%s\", \"type\": \"http.request\", \"params\": {\"url\": \"%s\"}}"
              .formatted(id, url));
      edges.append(i == 1 ? "" : ",").append(edge(previous, id));
      previous = id;
    }
    return graph("Forty HTTP steps", nodes, edges);
  }

  /** A fresh run of the hand-written workflow on {@code taskQueue}. */
  private static FortyCalls fortyCalls(WorkflowClient client, String taskQueue, boolean eager) {
    return client.newWorkflowStub(
        FortyCalls.class,
        WorkflowOptions.newBuilder()
            .setTaskQueue(taskQueue)
            .setWorkflowId("bench-" + UUID.randomUUID())
            .setDisableEagerExecution(!eager)
            .build());
  }

  /** The HTTP API as a client sees it. */
  static final class Client {
    private final String base;
    private final String token;
    private final String workspace;

    Client(String base) throws Exception {
      this.base = base;
      String email = "bench-" + UUID.randomUUID() + "@example.test";
      String session =
          send(
              "POST",
              "/api/auth/register",
              null,
              null,
              "{\"email\": \"%s\", \"password\": \"benchmark password\", \"name\": \"Bench\"}"
                  .formatted(email));
      this.token = JsonPath.read(session, "$.data.accessToken");
      this.workspace =
          JsonPath.read(
              send("POST", "/api/multi-workspace/workspaces", token, null, "{\"name\": \"Bench\"}"),
              "$.data.id");
    }

    String webhookAutomation(String graph) throws Exception {
      String id = publish(graph);
      String url =
          JsonPath.read(
              send("GET", "/api/automations/" + id + "/webhook", token, workspace, null),
              "$.data.url");
      return url.substring(url.indexOf("/api/hooks/"));
    }

    String manualAutomation(String graph) throws Exception {
      return publish(graph);
    }

    String startRun(String automation) {
      try {
        return JsonPath.read(
            send("POST", "/api/automations/" + automation + "/runs", token, workspace, "{}"),
            "$.data.runId");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    void post(String path, String body) {
      try {
        String answer = send("POST", path, null, null, body);
        if (!answer.contains("\"result\"")) {
          throw new IllegalStateException("Unexpected webhook answer: " + answer);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private String publish(String graph) throws Exception {
      String id =
          JsonPath.read(send("POST", "/api/automations", token, workspace, graph), "$.data.id");
      send("POST", "/api/automations/" + id + "/versions", token, workspace, "{}");
      return id;
    }

    String workspace() {
      return workspace;
    }

    /** A call in the benchmark workspace as its owner. */
    String call(String method, String path, String body) throws Exception {
      return send(method, path, token, workspace, body);
    }

    private String send(String method, String path, String bearer, String ws, String body)
        throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      request.header("Content-Type", "application/json");
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      }
      if (ws != null) {
        request.header("X-Workspace-Id", ws);
      }
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            method + " " + path + " -> " + response.statusCode() + " " + response.body());
      }
      return response.body();
    }
  }

  record Stats(List<Double> samples) {
    double percentile(double p) {
      List<Double> sorted = new ArrayList<>(samples);
      Collections.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    double median() {
      return percentile(50);
    }
  }

  private static Stats measure(int warmup, int runs, LongSupplier oneRunNanos) {
    for (int i = 0; i < warmup; i++) {
      oneRunNanos.getAsLong();
    }
    List<Double> samples = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      samples.add(oneRunNanos.getAsLong() / 1_000_000.0);
    }
    return new Stats(samples);
  }

  private static long timeNanos(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  private static void report(String title, Stats stats) {
    System.out.printf(
        "%s%n   n=%d  median %.1f  p90 %.1f  p99 %.1f  min %.1f  max %.1f%n",
        title,
        stats.samples().size(),
        stats.median(),
        stats.percentile(90),
        stats.percentile(99),
        stats.percentile(0),
        stats.percentile(100));
  }

  static String machine() throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .orElse("unknown CPU");
    return "Machine: %d cores, %s; Java %s"
        .formatted(
            Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"));
  }

  private static HttpServer localTarget() throws IOException {
    // Without TCP_NODELAY the JDK's server answers each call ~40 ms late (Nagle + delayed ACK),
    // which would measure the target, not Mewayz.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/ping",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    return server;
  }

  /** The hand-written equivalent of benchmark 2: forty activity calls in a row. */
  @WorkflowInterface
  public interface FortyCalls {
    @WorkflowMethod
    int run(String url);
  }

  @ActivityInterface
  public interface CallActivity {
    int call(String url);
  }

  public static class FortyCallsImpl implements FortyCalls {
    private final CallActivity activity =
        Workflow.newActivityStub(
            CallActivity.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

    @Override
    public int run(String url) {
      int ok = 0;
      for (int i = 0; i < STEPS && !url.isEmpty(); i++) {
        ok += activity.call(url) == 200 ? 1 : 0;
      }
      return ok;
    }
  }

  /**
   * Benchmark 3a: the same 40 HTTP steps, performed by the same step implementation as local
   * activities, but sequenced by hand-written workflow code instead of the interpreter.
   */
  public static class FortyLocalCallsImpl implements FortyCalls {
    private final com.mewayz.workflows.automations.AutomationActivities steps =
        Workflow.newLocalActivityStub(
            com.mewayz.workflows.automations.AutomationActivities.class,
            io.temporal.activity.LocalActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .build());

    @Override
    public int run(String url) {
      String runId = Workflow.getInfo().getWorkflowId();
      int ok = 0;
      for (int i = 1; i <= STEPS; i++) {
        Object output =
            steps
                .execute(
                    new com.mewayz.workflows.automations.RunModel.StepRequest(
                        runId,
                        "bench",
                        "bench",
                        "h" + i,
                        "http.request",
                        runId + ":h" + i + ":1",
                        java.util.Map.of("url", url)))
                .output();
        ok += output != null ? 1 : 0;
      }
      return ok;
    }
  }

  static class CallActivityImpl implements CallActivity {
    @Override
    public int call(String url) {
      try {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
