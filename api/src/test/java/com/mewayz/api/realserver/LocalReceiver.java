package com.mewayz.api.realserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local HTTP server standing in for an outside service (an automation's API, X, LinkedIn, an
 * OpenAI-compatible model) in the fault tests: it answers through {@code responder}, records every
 * request, and can hold answers back: after {@link #holdAnswersAfter(int)} requests it still does
 * the work (the responder runs, the post exists) but answers only on {@link #release()}, so a
 * worker killed meanwhile never learns the outcome.
 */
final class LocalReceiver implements AutoCloseable {
  /** One request as it arrived. */
  record Request(String method, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }
  }

  /** The answer to send back. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer json(int status, String body) {
      return new Answer(status, Map.of("Content-Type", "application/json"), body);
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Function<Request, Answer> responder;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger held = new AtomicInteger();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile int holdAfter = Integer.MAX_VALUE;

  LocalReceiver(Function<Request, Answer> responder) {
    this.responder = responder;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void holdAnswersAfter(int requestsAnswered) {
    holdAfter = requestsAnswered;
  }

  void release() {
    released.countDown();
  }

  /** Requests whose answers are being held back right now or were when released. */
  int held() {
    return held.get();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              Map.copyOf(exchange.getRequestHeaders()),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      requests.add(request);
      Answer answer = responder.apply(request);
      if (answered.incrementAndGet() > holdAfter) {
        held.incrementAndGet();
        released.await();
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException closedByAKilledCaller) {
      // The caller is gone; the work was done all the same.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
