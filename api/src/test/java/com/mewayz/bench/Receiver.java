package com.mewayz.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server that automation steps call: it notes when each run's call first arrived (by
 * the {@code "i"} in its JSON body) and counts repeats, so side effects are counted where they
 * land. Answers at once, with Nagle's algorithm off.
 */
final class Receiver implements AutoCloseable {
  private static final Pattern INDEX = Pattern.compile("\"i\"\\s*:\\s*\"?(\\d+)");
  private static final Pattern STARTED = Pattern.compile("\"startedAt\"\\s*:\\s*\"([^\"]+)\"");

  /** When a call arrived: the monotonic clock, the wall clock, and the run's start it reported. */
  record Arrival(long nanos, long epochMillis, String startedAt) {}

  private final HttpServer server;
  private final Map<String, Map<Long, Arrival>> arrivals = new ConcurrentHashMap<>();
  private final AtomicLong repeats = new AtomicLong();

  private Receiver(HttpServer server) {
    this.server = server;
  }

  static Receiver start() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    Receiver receiver = new Receiver(server);
    server.createContext(
        "/",
        exchange -> {
          long nanos = System.nanoTime();
          long millis = System.currentTimeMillis();
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          Matcher index = INDEX.matcher(body);
          if (index.find()) {
            Matcher started = STARTED.matcher(body);
            Arrival arrival = new Arrival(nanos, millis, started.find() ? started.group(1) : null);
            Arrival first =
                receiver
                    .arrivals
                    .computeIfAbsent(
                        exchange.getRequestURI().getPath(), p -> new ConcurrentHashMap<>())
                    .putIfAbsent(Long.parseLong(index.group(1)), arrival);
            if (first != null) {
              receiver.repeats.incrementAndGet();
            }
          }
          byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    return receiver;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The first arrival of each run's call to {@code path}, by the run's index. */
  Map<Long, Arrival> arrivals(String path) {
    return arrivals.computeIfAbsent(path, p -> new ConcurrentHashMap<>());
  }

  /** Calls that arrived again for a run already seen. */
  long repeats() {
    return repeats.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
