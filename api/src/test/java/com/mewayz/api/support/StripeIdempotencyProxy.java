package com.mewayz.api.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands between Mewayz and stripe-mock and adds what stripe-mock lacks: Stripe's idempotency. The
 * first POST under an {@code Idempotency-Key} reaches stripe-mock and its answer is kept; a repeat
 * gets the kept answer, as Stripe answers it, so the count of keys that reached stripe-mock is the
 * count of objects Stripe would have created. Every request is recorded.
 *
 * <p>It can also hold answers: after {@link #holdPaymentIntentAnswersAfter(int)} the PaymentIntent
 * creations beyond that number are carried out but not answered until {@link #release()}, the
 * moment a crash hurts most (Stripe did it, the caller does not know).
 */
public final class StripeIdempotencyProxy implements AutoCloseable {
  /** One request as received: method, path and idempotency key (null without one). */
  public record Call(String method, String path, String idempotencyKey) {}

  private record Answer(int status, byte[] body) {}

  private final String target;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> forwardedByKey = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger paymentIntentsAnswered = new AtomicInteger();
  private volatile int holdAfter = Integer.MAX_VALUE;
  private final CountDownLatch released = new CountDownLatch(1);

  public StripeIdempotencyProxy(String target) throws IOException {
    this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void holdPaymentIntentAnswersAfter(int answered) {
    holdAfter = answered;
  }

  public void release() {
    released.countDown();
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** How many times each idempotency key reached stripe-mock (Stripe would create once per key). */
  public Map<String, Integer> forwardedByKey() {
    Map<String, Integer> counts = new ConcurrentHashMap<>();
    forwardedByKey.forEach((key, n) -> counts.put(key, n.get()));
    return counts;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().toString();
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      byte[] body = exchange.getRequestBody().readAllBytes();
      calls.add(new Call(method, path, key));
      Answer answer =
          key != null && "POST".equals(method)
              ? answers.computeIfAbsent(key, k -> forward(exchange, method, path, body, k))
              : forward(exchange, method, path, body, null);
      if (answer.status() >= 500 && key != null) {
        answers.remove(key, answer); // Stripe keeps no answer of its own failures
      }
      if ("POST".equals(method) && "/v1/payment_intents".equals(path)) {
        holdIfAsked();
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    } catch (IOException closedByACrashedCaller) {
      // The caller is gone; Stripe would have done the work all the same.
    }
  }

  private void holdIfAsked() {
    if (paymentIntentsAnswered.incrementAndGet() > holdAfter) {
      try {
        released.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Answer forward(
      HttpExchange exchange, String method, String path, byte[] body, String key) {
    if (key != null) {
      forwardedByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(target + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("Authorization")
                  || name.equalsIgnoreCase("Content-Type")
                  || name.toLowerCase().startsWith("stripe-")) {
                values.forEach(v -> request.header(name, v));
              }
            });
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Answer(502, ("{\"error\": \"" + e.getMessage() + "\"}").getBytes());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(502, "{}".getBytes());
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
