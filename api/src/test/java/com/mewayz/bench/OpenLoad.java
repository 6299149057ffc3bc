package com.mewayz.bench;

import com.mewayz.bench.HttpConnection.Request;
import com.mewayz.bench.HttpConnection.Response;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.function.LongFunction;

/**
 * Load at a fixed arrival rate (open model). Request {@code i} is due at {@code start + i / rate}
 * whether or not earlier ones have been answered; its latency counts from that due time, so a
 * stalled server shows in the percentiles instead of slowing the load down (no coordinated
 * omission). Each of {@code connections} threads keeps one keep-alive connection; give it enough of
 * them that the server, not the client, is what waits. JDK classes only.
 */
final class OpenLoad {
  private OpenLoad() {}

  /** Told of every answer, on the load's threads: keep it short. */
  interface Listener {
    void answered(long index, long dueNanos, long doneNanos, Response response);
  }

  /** Runs {@code rate × seconds} requests from {@code plan} and returns what happened. */
  static Result run(
      URI server,
      int rate,
      int seconds,
      int connections,
      LongFunction<Request> plan,
      boolean keepBodies,
      Listener listener)
      throws InterruptedException {
    long total = (long) rate * seconds;
    double interval = 1_000_000_000.0 / rate;
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime() + 50_000_000;
    long[][] latencies = new long[connections][];
    int[][] statuses = new int[connections][];
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    AtomicLong lastDone = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int slot = c;
      Thread t =
          new Thread(
              () -> {
                int capacity = (int) (total / connections * 2 + 16);
                long[] myLatencies = new long[capacity];
                int[] myStatuses = new int[capacity];
                int n = 0;
                HttpConnection conn = null;
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                  long due = start + (long) (i * interval);
                  long wait;
                  while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  Response response;
                  try {
                    if (conn == null) {
                      conn = new HttpConnection(server);
                    }
                    response = conn.send(plan.apply(i), keepBodies);
                    if (conn.closedByServer()) {
                      conn.close(); // Tomcat closes a connection after 100 requests
                      conn = null;
                    }
                  } catch (IOException | RuntimeException e) {
                    response = new Response(0, null, e.toString());
                    if (conn != null) {
                      conn.close();
                      conn = null;
                    }
                  }
                  inFlight.decrementAndGet();
                  long done = System.nanoTime();
                  lastDone.accumulateAndGet(done, Math::max);
                  if (listener != null) {
                    listener.answered(i, due, done, response);
                  }
                  if (n == myLatencies.length) {
                    myLatencies = Arrays.copyOf(myLatencies, n * 2);
                    myStatuses = Arrays.copyOf(myStatuses, n * 2);
                  }
                  myLatencies[n] = done - due;
                  myStatuses[n++] = response.status();
                }
                if (conn != null) {
                  conn.close();
                }
                latencies[slot] = Arrays.copyOf(myLatencies, n);
                statuses[slot] = Arrays.copyOf(myStatuses, n);
              },
              "load-" + c);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    int count = Arrays.stream(latencies).mapToInt(a -> a.length).sum();
    long[] allLatencies = new long[count];
    int[] allStatuses = new int[count];
    int at = 0;
    for (int c = 0; c < connections; c++) {
      System.arraycopy(latencies[c], 0, allLatencies, at, latencies[c].length);
      System.arraycopy(statuses[c], 0, allStatuses, at, statuses[c].length);
      at += latencies[c].length;
    }
    return new Result(rate, allLatencies, allStatuses, lastDone.get() - start, mostInFlight.get());
  }

  /** Every request's latency from its due time and its status (0: no answer). */
  record Result(int rate, long[] latencies, int[] statuses, long elapsedNanos, int mostInFlight) {
    double achievedRate() {
      return latencies.length / (elapsedNanos / 1e9);
    }

    /** Answers per status, e.g. {@code {200=29990, 503=10}}. */
    Map<Integer, Integer> outcomes() {
      Map<Integer, Integer> outcomes = new TreeMap<>();
      for (int status : statuses) {
        outcomes.merge(status, 1, Integer::sum);
      }
      return outcomes;
    }

    long count(IntPredicate status) {
      return Arrays.stream(statuses).filter(status).count();
    }

    /** The latencies of the answers whose status passes, sorted. */
    Percentiles latency(IntPredicate status) {
      long[] chosen = new long[latencies.length];
      int n = 0;
      for (int i = 0; i < latencies.length; i++) {
        if (status.test(statuses[i])) {
          chosen[n++] = latencies[i];
        }
      }
      return Percentiles.of(Arrays.copyOf(chosen, n));
    }

    Percentiles latency() {
      return latency(s -> true);
    }

    int total() {
      return latencies.length;
    }

    /** One line: achieved rate, percentiles of all answers, errors and outcomes. */
    String summary() {
      long errors = count(s -> s == 0 || s >= 500);
      return "%,d requests in %.1f s = %.1f/s (target %d); latency ms %s; errors %d; answers %s"
          .formatted(
              latencies.length,
              elapsedNanos / 1e9,
              achievedRate(),
              rate,
              latency(),
              errors,
              outcomes());
    }
  }

  /** Percentiles of nanosecond samples, printed in milliseconds. */
  record Percentiles(long[] sorted) {
    static Percentiles of(long[] samples) {
      long[] sorted = samples.clone();
      Arrays.sort(sorted);
      return new Percentiles(sorted);
    }

    double at(double p) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
      return sorted[Math.max(index, 0)] / 1e6;
    }

    double max() {
      return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    @Override
    public String toString() {
      return "p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f"
          .formatted(at(0.50), at(0.90), at(0.99), at(0.999), max());
    }
  }
}
