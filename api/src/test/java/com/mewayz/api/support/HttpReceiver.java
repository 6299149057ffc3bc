package com.mewayz.api.support;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A local HTTP endpoint standing in for a third party that automations call: it answers 200 to
 * every request and records each one (the {@code key} field of its JSON body, the {@code
 * Idempotency-Key} header Mewayz sends, the arrival time), so a test counts side effects where they
 * land.
 */
public final class HttpReceiver implements AutoCloseable {
  /** One request as it arrived. */
  public record Arrival(String key, String idempotencyKey, Instant at) {}

  private final HttpServer server;
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

  private HttpReceiver(HttpServer server) {
    this.server = server;
  }

  /** Listens on a free port of 127.0.0.1; a test class holds one in a static field. */
  public static HttpReceiver start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpReceiver receiver = new HttpReceiver(server);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String key = body.isBlank() ? null : JsonPath.read(body, "$.key");
          receiver.arrivals.add(
              new Arrival(
                  key, exchange.getRequestHeaders().getFirst("Idempotency-Key"), Instant.now()));
          byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    return receiver;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  /** The first arrival of every key whose key starts with {@code prefix}. */
  public Map<String, Arrival> firstByKey(String prefix) {
    return arrivals.stream()
        .filter(a -> a.key() != null && a.key().startsWith(prefix))
        .collect(Collectors.toMap(Arrival::key, a -> a, (a, b) -> a.at().isBefore(b.at()) ? a : b));
  }

  public long count(String prefix) {
    return arrivals.stream().filter(a -> a.key() != null && a.key().startsWith(prefix)).count();
  }

  public long distinct(String prefix) {
    return firstByKey(prefix).size();
  }

  /** How many Idempotency-Keys the arrivals whose key starts with {@code prefix} carried. */
  public long distinctIdempotencyKeys(String prefix) {
    return arrivals.stream()
        .filter(a -> a.key() != null && a.key().startsWith(prefix))
        .map(Arrival::idempotencyKey)
        .distinct()
        .count();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
