package com.mewayz.bench;

import static com.mewayz.bench.BenchGraphs.edge;
import static com.mewayz.bench.BenchGraphs.graph;

import com.mewayz.bench.HttpConnection.Request;
import com.mewayz.bench.OpenLoad.Percentiles;
import com.mewayz.bench.OpenLoad.Result;
import com.mewayz.bench.Receiver.Arrival;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;

/**
 * The platform's benchmarks through its HTTP API, against a running platform (scripts/
 * platform-benchmarks.sh starts one on the real Temporal dev server): API load, run start latency,
 * sustained webhook throughput, overload, parked runs. Every load is an open model ({@link
 * OpenLoad}); each measurement is repeated and reported as median and spread. JDK classes only.
 *
 * <p>Settings (system properties): {@code only} (benchmarks to run, comma-separated), {@code runs}
 * (3), {@code seconds} (30 per run), {@code warmup} (20 s), {@code temporalWarmup} (90 s before the
 * first run starts and the throughput climb), {@code apiRates} (200,500,1000), {@code startRates}
 * (20,40), {@code ladder} (webhook rates to climb), {@code overloadRate} (twice the highest
 * sustained rate), {@code parked} (1000), {@code parkedWait} (120 s), {@code parkedRate} (25
 * starts/s), {@code pids} (name=pid,... of processes whose memory to report).
 */
public final class PlatformBenchmark {
  private static final int RUNS = Integer.getInteger("runs", 3);
  private static final int SECONDS = Integer.getInteger("seconds", 30);
  private static final int WARMUP = Integer.getInteger("warmup", 20);
  // The paths through Temporal's client and worker take the JIT a good minute on two cores.
  private static final int TEMPORAL_WARMUP = Integer.getInteger("temporalWarmup", 90);
  private static final int CONNECTIONS = Integer.getInteger("connections", 128);

  private PlatformBenchmark() {}

  public static void main(String[] args) {
    // Exit either way: the receiver's and HTTP client's threads would keep the JVM, and the
    // script, waiting.
    int status = 0;
    try {
      run(args);
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private static void run(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18580";
    Set<String> only =
        Set.of(System.getProperty("only", "api,start,throughput,overload,parked").split(","));
    System.out.println(machine());
    BenchApi api = BenchApi.register(base);
    try (Receiver receiver = Receiver.start()) {
      if (only.contains("api")) {
        apiMix(api);
      }
      if (only.contains("start")) {
        api.renew();
        startLatency(api, receiver);
      }
      int sustained = Integer.getInteger("sustained", 0);
      if (only.contains("throughput")) {
        api.renew();
        sustained = throughput(api);
      }
      if (only.contains("overload")) {
        api.renew();
        overload(api, Integer.getInteger("overloadRate", 2 * Math.max(sustained, 20)));
      }
      if (only.contains("parked")) {
        String[] counts = System.getProperty("parked", "1000").split(",");
        for (int series = 0; series < counts.length; series++) {
          api.renew();
          parked(api, receiver, Integer.parseInt(counts[series].trim()), series);
        }
      }
    }
  }

  // 1. API: authenticated reads and writes of a store and a CRM at fixed arrival rates.

  private static void apiMix(BenchApi api) throws Exception {
    heading("1. API: 80% reads, 20% writes, authenticated, fixed arrival rates");
    List<String> products = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      products.add(
          api.create(
              "/api/ecommerce/products",
              """
              {"name": "Product %d", "description": "Hand thrown stoneware", "priceMinor": %d,
               "currency": "EUR", "sku": "SKU-%d", "stock": 100, "digital": false}
              """
                  .formatted(i, 1000 + i, i)));
    }
    List<String> contacts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      contacts.add(api.create("/api/crm/contacts", contact("seed-" + i, "Seed")));
    }
    api.publishAutomation(graph("Listed", "{\"id\":\"t1\",\"type\":\"trigger.manual\"}", ""));
    String headers = api.headers();
    String workspacePath = "/api/multi-workspace/workspaces/" + api.workspace();
    java.util.concurrent.atomic.AtomicLong created = new java.util.concurrent.atomic.AtomicLong();
    LongFunction<Request> plan =
        i -> {
          int pick = (int) Math.floorMod(mix(i), 1000);
          return switch ((int) (i % 10)) {
            case 0, 1, 2 -> Request.get("/api/crm/contacts/" + contacts.get(pick), headers);
            case 3 -> Request.get("/api/ecommerce/products/" + products.get(pick % 50), headers);
            case 4 -> Request.get("/api/ecommerce/products?size=20", headers);
            case 5 -> Request.get("/api/ecommerce/products?size=20&page=1", headers);
            case 6 -> Request.get(workspacePath, headers);
            case 7 -> Request.get("/api/automations", headers);
            case 8 ->
                Request.post(
                    "/api/crm/contacts",
                    headers,
                    contact("load-" + created.incrementAndGet(), "New"));
            default ->
                new Request(
                    "PUT",
                    "/api/crm/contacts/" + contacts.get(pick),
                    headers,
                    contact("seed-" + pick, "Changed " + i));
          };
        };
    for (int rate : ints("apiRates", "200,500,1000")) {
      series(
          "rate %d/s".formatted(rate),
          () -> OpenLoad.run(api.base(), rate, SECONDS, CONNECTIONS, plan, false, null),
          () -> OpenLoad.run(api.base(), rate, WARMUP, CONNECTIONS, plan, false, null),
          s -> s < 400);
    }
  }

  private static String contact(String local, String firstName) {
    return "{\"email\":\"%s@example.test\",\"firstName\":\"%s\",\"lastName\":\"Bench\",\"tags\":[\"bench\"],\"consent\":\"subscribed\"}"
        .formatted(local, firstName);
  }

  // 2. Starting automations: acknowledgement and first step.

  private static void startLatency(BenchApi api, Receiver receiver) throws Exception {
    heading("2. POST /api/automations/{id}/runs: latency to acknowledgement and to first step");
    String automation =
        api.publishAutomation(
            graph(
                "First step",
                "{\"id\":\"t1\",\"type\":\"trigger.manual\"},"
                    + httpStep("h1", receiver.url("/first"), "{\"i\":\"{{ trigger.i }}\"}"),
                edge("t1", "h1")));
    String path = "/api/automations/" + automation + "/runs";
    String headers = api.headers();
    Map<Long, Arrival> arrivals = receiver.arrivals("/first");
    long[] offset = {0};
    boolean warm = false;
    for (int rate : ints("startRates", "20,40")) {
      List<Result> acks = new ArrayList<>();
      List<Percentiles> firstSteps = new ArrayList<>();
      for (int run = 0; run <= RUNS; run++) {
        long from = offset[0];
        int seconds = run > 0 ? SECONDS : warm ? WARMUP : TEMPORAL_WARMUP;
        long[] dues = new long[rate * seconds];
        Result ack =
            OpenLoad.run(
                api.base(),
                rate,
                seconds,
                CONNECTIONS,
                i -> Request.post(path, headers, "{\"input\":{\"i\":%d}}".formatted(from + i)),
                false,
                (i, due, done, response) -> dues[(int) i] = due);
        offset[0] += dues.length;
        waitFor(() -> arrivals.keySet().stream().filter(k -> k >= from).count() >= dues.length, 30);
        long[] first = new long[dues.length];
        int n = 0;
        for (int i = 0; i < dues.length; i++) {
          Arrival arrival = arrivals.get(from + i);
          if (arrival != null) {
            first[n++] = arrival.nanos() - dues[i];
          }
        }
        if (run == 0) {
          warm = true;
          continue; // warm-up
        }
        acks.add(ack);
        firstSteps.add(Percentiles.of(Arrays.copyOf(first, n)));
        System.out.printf(
            "  rate %d/s run %d: acknowledged %s, answers %s%n  %17s first step  %s (%d of %d"
                + " arrived)%n",
            rate,
            run,
            ack.latency(),
            ack.outcomes(),
            "",
            firstSteps.get(firstSteps.size() - 1),
            n,
            dues.length);
      }
      System.out.printf(
          "  rate %d/s, median of %d runs: ack p50 %s p99 %s | first step p50 %s p99 %s%n",
          rate,
          RUNS,
          spread(acks, r -> r.latency().at(0.5)),
          spread(acks, r -> r.latency().at(0.99)),
          spread(firstSteps, p -> p.at(0.5)),
          spread(firstSteps, p -> p.at(0.99)));
    }
    System.out.printf("  repeated first-step calls at the receiver: %d%n", receiver.repeats());
  }

  // 3. Sustained throughput of webhook-triggered 5-step automations answering with their result.

  private static int throughput(BenchApi api) throws Exception {
    heading("3. Webhook-triggered 5-step automations answering with their result: rising rates");
    String hook = api.webhookPath(api.publishAutomation(fiveSteps()));
    LongFunction<Request> plan = i -> Request.post(hook, "", "{\"n\":%d}".formatted(i));
    OpenLoad.run(api.base(), 30, TEMPORAL_WARMUP, CONNECTIONS, plan, false, null);
    int best = 0;
    int sustained = 0;
    for (int rate : ints("ladder", "20,30,40,50,60,80,100,160")) {
      Map<String, Long> cpuBefore = cpu();
      Result result = OpenLoad.run(api.base(), rate, SECONDS, CONNECTIONS, plan, false, null);
      double p99 = result.latency().at(0.99);
      boolean kept =
          result.achievedRate() >= 0.95 * rate && result.count(s -> s == 200) == result.total();
      System.out.printf(
          "  %s%n    CPU per run, ms: %s%n",
          result.summary(), cpuPerRun(cpuBefore, cpu(), result.total()));
      if (kept && p99 < 100) {
        best = rate;
      }
      if (!kept || p99 > 1000) {
        break;
      }
      sustained = rate;
    }
    System.out.printf(
        "  highest rate sustained with p99 under 1 s: %d/s; with p99 under 100 ms: %d/s%n",
        sustained, best);
    if (best > 0) {
      int rate = best;
      series(
          "rate %d/s (p99 under 100 ms above)".formatted(rate),
          () -> OpenLoad.run(api.base(), rate, SECONDS, CONNECTIONS, plan, false, null),
          null,
          s -> s == 200);
    }
    return sustained;
  }

  // 5. Overload: twice the sustainable rate.

  private static void overload(BenchApi api, int rate) throws Exception {
    heading("5. Overload: webhook runs at %d/s, twice the sustainable rate".formatted(rate));
    String hook = api.webhookPath(api.publishAutomation(fiveSteps()));
    LongFunction<Request> plan = i -> Request.post(hook, "", "{\"n\":%d}".formatted(i));
    OpenLoad.run(api.base(), rate / 4, WARMUP, CONNECTIONS, plan, false, null);
    int connections = Integer.getInteger("overloadConnections", 1024);
    List<Result> results = new ArrayList<>();
    java.util.concurrent.atomic.AtomicLong withRetryAfter =
        new java.util.concurrent.atomic.AtomicLong();
    OpenLoad.Listener retryAfter =
        (i, due, done, response) -> {
          if (response.retryAfter() != null) {
            withRetryAfter.incrementAndGet();
          }
        };
    for (int run = 1; run <= RUNS; run++) {
      withRetryAfter.set(0);
      Map<String, Long> cpuBefore = cpu();
      Result result = OpenLoad.run(api.base(), rate, SECONDS, connections, plan, false, retryAfter);
      results.add(result);
      System.out.printf(
          "  run %d: %s%n    accepted and finished (200): %,d/s, latency ms %s%n"
              + "    shed (429/503): %,d, %,d of them with Retry-After, latency ms %s;"
              + " most requests in flight at the client: %d%n"
              + "    CPU per accepted run, ms: %s%n",
          run,
          result.summary(),
          Math.round(result.count(s -> s == 200) / (result.elapsedNanos() / 1e9)),
          result.latency(s -> s == 200),
          result.count(s -> s == 429 || s == 503),
          withRetryAfter.get(),
          result.latency(s -> s == 429 || s == 503),
          result.mostInFlight(),
          cpuPerRun(cpuBefore, cpu(), Math.max(1, result.count(s -> s == 200))));
    }
    System.out.printf(
        "  median of %d runs: accepted p99 %s ms, accepted/s %s, shed share %s%%%n",
        RUNS,
        spread(results, r -> r.latency(s -> s == 200).at(0.99)),
        spread(results, r -> r.count(s -> s == 200) / (r.elapsedNanos() / 1e9)),
        spread(results, r -> 100.0 * r.count(s -> s == 429 || s == 503) / r.total()));
  }

  // 4. Parked runs: timers that fire later.

  /**
   * One series of parked runs; each series of a list ({@code -Dparked=8000,8000}) has its own
   * receiver path and delivery ids, so a later one, on a platform already warm, is measured anew.
   */
  private static void parked(BenchApi api, Receiver receiver, int count, int series)
      throws Exception {
    int rate = Integer.getInteger("parkedRate", 25);
    long startSeconds = (count + rate - 1) / rate;
    // Every run parked before the first comes due: room for the start and for resending up to a
    // tenth of it after 503s, so that the firing is measured alone.
    long wait = Math.max(Long.getLong("parkedWait", 120), startSeconds + startSeconds / 10 + 60);
    heading(
        "4. Parked runs: %,d runs started at %d/s, each waiting %d s on a timer"
            .formatted(count, rate, wait));
    String path = "/fired-" + series;
    String hook =
        api.webhookPath(
            api.publishAutomation(
                graph(
                    "Parked " + count,
                    "{\"id\":\"t1\",\"type\":\"trigger.webhook\"},"
                        + "{\"id\":\"w1\",\"type\":\"wait.delay\",\"params\":{\"duration\":\"PT%dS\"}},"
                            .formatted(wait)
                        + httpStep(
                            "h1",
                            receiver.url(path),
                            "{\"i\":\"{{ trigger.i }}\",\"startedAt\":\"{{ run.startedAt }}\"}"),
                    edge("t1", "w1") + "," + edge("w1", "h1"))));
    Map<String, Long> before = memory();
    startAll(api, hook, "parked-" + series + "-", count, rate);
    Map<String, Long> parkedMemory = memory();
    Map<Long, Arrival> arrivals = receiver.arrivals(path);
    System.out.printf(
        "  all %,d parked (%d fired so far); memory RSS MB before -> parked: %s%n",
        count, arrivals.size(), change(before, parkedMemory));
    Map<String, Long> peak = new LinkedHashMap<>(parkedMemory);
    Map<String, Long> cpuParked = cpu();
    int firedWhileStarting = arrivals.size();
    long deadline = System.nanoTime() + (wait + startSeconds + 300) * 1_000_000_000L;
    while (arrivals.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(2_000);
      memory().forEach((name, rss) -> peak.merge(name, rss, Math::max));
    }
    ToLongFunction<Arrival> lateMillis =
        a -> a.epochMillis() - Instant.parse(a.startedAt()).toEpochMilli() - wait * 1000;
    Percentiles late =
        Percentiles.of(
            arrivals.values().stream()
                .mapToLong(a -> lateMillis.applyAsLong(a) * 1_000_000)
                .toArray());
    System.out.printf(
        "  fired %,d of %,d, missing %d, repeated calls %d; lateness after the due time, ms: %s%n"
            + "  peak RSS MB while parked and firing: %s%n"
            + "  CPU per fired run, ms: %s%n",
        arrivals.size(),
        count,
        count - arrivals.size(),
        receiver.repeats(),
        late,
        mb(peak),
        cpuPerRun(cpuParked, cpu(), Math.max(1, arrivals.size() - firedWhileStarting)));
    latenessByMinute(arrivals.values(), lateMillis);
  }

  /**
   * Lateness by the minute in which runs fired, counted from the first firing: shows whether a tail
   * is spread over the whole firing or comes from one stretch of it.
   */
  private static void latenessByMinute(
      Collection<Arrival> arrivals, ToLongFunction<Arrival> lateMillis) {
    long first = arrivals.stream().mapToLong(Arrival::epochMillis).min().orElse(0);
    Map<Long, List<Long>> byMinute = new TreeMap<>();
    for (Arrival a : arrivals) {
      byMinute
          .computeIfAbsent((a.epochMillis() - first) / 60_000, m -> new ArrayList<>())
          .add(lateMillis.applyAsLong(a) * 1_000_000);
    }
    byMinute.forEach(
        (minute, nanos) -> {
          Percentiles p = Percentiles.of(nanos.stream().mapToLong(Long::longValue).toArray());
          System.out.printf(
              "    minute %2d of firing: %,6d fired, lateness p50 %.0f  p99 %.0f  max %.0f ms%n",
              minute, nanos.size(), p.at(0.5), p.at(0.99), p.max());
        });
  }

  /**
   * Starts runs 0..count-1 through the webhook at {@code rate}, each under its own delivery id, and
   * sends the starts refused with 503 again after their Retry-After, as webhook senders do, until
   * every run is started.
   */
  private static void startAll(
      BenchApi api, String hook, String deliveryPrefix, int count, int rate) throws Exception {
    long[] toStart = LongStream.range(0, count).toArray();
    for (int round = 1; toStart.length > 0; round++) {
      long[] batch = toStart;
      Set<Long> refused = ConcurrentHashMap.newKeySet();
      // The load sends whole seconds of requests; the few past the batch repeat its first ones
      // under the same delivery id, which starts nothing new.
      Result result =
          OpenLoad.run(
              api.base(),
              rate,
              (int) ((batch.length + rate - 1) / rate),
              CONNECTIONS,
              j -> {
                long i = batch[(int) (j % batch.length)];
                return Request.post(
                    hook,
                    "X-Delivery-Id: " + deliveryPrefix + i + "\r\n",
                    "{\"i\":%d}".formatted(i));
              },
              false,
              (j, due, done, response) -> {
                if (response.status() == 503 || response.status() == 429) {
                  refused.add(batch[(int) (j % batch.length)]);
                }
              });
      System.out.printf("  starts, round %d: %s%n", round, result.summary());
      toStart = refused.stream().mapToLong(Long::longValue).sorted().toArray();
      if (toStart.length > 0) {
        Thread.sleep(1_000); // Retry-After
      }
    }
  }

  // Graphs.

  private static String fiveSteps() {
    String nodes =
        "{\"id\":\"t1\",\"type\":\"trigger.webhook\",\"params\":{\"respond\":true}},"
            + "{\"id\":\"s1\",\"type\":\"data.set\",\"params\":{\"values\":{\"total\":\"{{ trigger.n }}\"}}},"
            + "{\"id\":\"s2\",\"type\":\"flow.if\",\"params\":{\"condition\":{\"match\":\"all\",\"rules\":[{\"field\":\"{{ vars.total }}\",\"operator\":\"gt\",\"value\":-1}]}}},"
            + "{\"id\":\"s3\",\"type\":\"data.set\",\"params\":{\"values\":{\"tier\":\"gold\",\"label\":\"order {{ vars.total }}\"}}},"
            + "{\"id\":\"s4\",\"type\":\"data.set\",\"params\":{\"values\":{\"tier\":\"basic\"}}},"
            + "{\"id\":\"s5\",\"type\":\"flow.end\",\"params\":{\"output\":{\"tier\":\"{{ vars.tier }}\",\"label\":\"{{ vars.label ?? 'none' }}\"}}}";
    String edges =
        String.join(
            ",",
            edge("t1", "s1"),
            edge("s1", "s2"),
            "{\"from\":\"s2\",\"to\":\"s3\",\"port\":\"true\"}",
            "{\"from\":\"s2\",\"to\":\"s4\",\"port\":\"false\"}",
            edge("s3", "s5"),
            edge("s4", "s5"));
    return graph("Five steps", nodes, edges);
  }

  private static String httpStep(String id, String url, String body) {
    return "{\"id\":\"%s\",\"type\":\"http.request\",\"params\":{\"method\":\"POST\",\"url\":\"%s\",\"body\":%s}}"
        .formatted(id, url, body);
  }

  // Reporting.

  /** Runs {@code measure} RUNS times after an optional warm-up and prints median and spread. */
  private static void series(
      String label,
      Measurement measure,
      Measurement warmup,
      java.util.function.IntPredicate answered)
      throws Exception {
    if (warmup != null) {
      warmup.run();
    }
    List<Result> results = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      Result result = measure.run();
      results.add(result);
      System.out.printf("  %s run %d: %s%n", label, run, result.summary());
    }
    System.out.printf(
        "  %s, median of %d runs [min-max]: achieved %s/s; p50 %s; p99 %s; p99.9 %s ms; unexpected"
            + " answers %s%n",
        label,
        RUNS,
        spread(results, Result::achievedRate),
        spread(results, r -> r.latency().at(0.5)),
        spread(results, r -> r.latency().at(0.99)),
        spread(results, r -> r.latency().at(0.999)),
        spread(results, r -> r.count(answered.negate())));
  }

  interface Measurement {
    Result run() throws Exception;
  }

  private static <T> String spread(List<T> items, ToDoubleFunction<T> value) {
    double[] values = items.stream().mapToDouble(value).sorted().toArray();
    return "%.2f [%.2f-%.2f]"
        .formatted(values[values.length / 2], values[0], values[values.length - 1]);
  }

  private static void heading(String title) {
    System.out.printf("%n%s%n", title);
  }

  private static long mix(long i) {
    long z = i * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    return z ^ (z >>> 31);
  }

  private static int[] ints(String property, String defaults) {
    return Arrays.stream(System.getProperty(property, defaults).split(","))
        .mapToInt(s -> Integer.parseInt(s.trim()))
        .toArray();
  }

  private static void waitFor(java.util.function.BooleanSupplier done, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  /** The processes named in {@code pids}: name to pid. */
  private static Map<String, String> processes() {
    Map<String, String> pids = new LinkedHashMap<>();
    for (String entry : System.getProperty("pids", "").split(",")) {
      String[] nameAndPid = entry.split("=");
      if (nameAndPid.length == 2) {
        pids.put(nameAndPid[0], nameAndPid[1]);
      }
    }
    return pids;
  }

  /** Resident memory in bytes of the processes named in {@code pids}. */
  private static Map<String, Long> memory() {
    Map<String, Long> rss = new LinkedHashMap<>();
    processes()
        .forEach(
            (name, pid) -> {
              try {
                for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                  if (line.startsWith("VmRSS:")) {
                    rss.put(name, Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                  }
                }
              } catch (java.io.IOException e) {
                rss.put(name, -1L);
              }
            });
    return rss;
  }

  /**
   * CPU time (user and system, ms) used so far by the processes named in {@code pids} and by this
   * load generator ("load"): what a run costs each process, whatever the machine's other load.
   */
  private static Map<String, Long> cpu() {
    Map<String, Long> used = new LinkedHashMap<>();
    processes().forEach((name, pid) -> used.put(name, cpuMillis(pid)));
    used.put("load", cpuMillis("self"));
    return used;
  }

  private static long cpuMillis(String pid) {
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      // Fields after the command name, which may hold spaces: utime and stime are the 12th and
      // 13th, in clock ticks, which Linux fixes at 100 a second for user space.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * CPU ms each process used per run between two {@link #cpu()} readings, their sum, and the rate
   * at which that sum would fill every core of the machine.
   */
  private static String cpuPerRun(Map<String, Long> before, Map<String, Long> after, long runs) {
    StringBuilder text = new StringBuilder();
    double total = 0;
    for (var entry : after.entrySet()) {
      double perRun = (entry.getValue() - before.getOrDefault(entry.getKey(), 0L)) / (double) runs;
      total += perRun;
      text.append("%s %.2f  ".formatted(entry.getKey(), perRun));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    return "%stotal %.2f ms, so %d cores fill at %.0f runs/s"
        .formatted(text, total, cores, cores * 1000 / total);
  }

  private static String change(Map<String, Long> before, Map<String, Long> after) {
    StringBuilder text = new StringBuilder();
    after.forEach(
        (name, rss) ->
            text.append(
                "%s %d -> %d  ".formatted(name, before.getOrDefault(name, 0L) >> 20, rss >> 20)));
    return text.toString().trim();
  }

  private static String mb(Map<String, Long> rss) {
    StringBuilder text = new StringBuilder();
    rss.forEach((name, bytes) -> text.append("%s %d  ".formatted(name, bytes >> 20)));
    return text.toString().trim();
  }

  static String machine() throws java.io.IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .orElse("?");
    return "Machine: %d cores (%s), Java %s, %s"
        .formatted(
            Runtime.getRuntime().availableProcessors(),
            cpu,
            System.getProperty("java.version"),
            Instant.now());
  }
}
