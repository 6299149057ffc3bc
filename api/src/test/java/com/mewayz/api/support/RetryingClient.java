package com.mewayz.api.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client that does what a well-behaved client of Mewayz does when the api goes away: it sends a
 * POST with an {@code Idempotency-Key} and sends the very same request again until it gets an
 * answer: after a cut connection, a refused one, a 409 "still running", a 503 with Retry-After (the
 * platform shedding load, as it is meant to) or another 5xx. It counts each of those, and keeps
 * every other 4xx as an unexpected answer.
 */
public final class RetryingClient {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String baseUrl;
  public final AtomicLong cut = new AtomicLong();
  public final AtomicLong stillRunning = new AtomicLong();
  public final AtomicLong shed = new AtomicLong();
  public final AtomicLong serverErrors = new AtomicLong();
  public final AtomicLong answered = new AtomicLong();
  public final AtomicInteger inFlight = new AtomicInteger();
  public final List<String> unexpected = new CopyOnWriteArrayList<>();

  public RetryingClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A 2xx answer. */
  public record Answer(int status, String body) {}

  public Answer post(String path, String key, Map<String, String> headers, String json)
      throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(giveUp)) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", key)
              .POST(HttpRequest.BodyPublishers.ofString(json));
      headers.forEach(request::header);
      HttpResponse<String> response;
      inFlight.incrementAndGet();
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException gone) {
        cut.incrementAndGet();
        Thread.sleep(250);
        continue;
      } finally {
        inFlight.decrementAndGet();
      }
      int status = response.statusCode();
      if (status / 100 == 2) {
        answered.incrementAndGet();
        return new Answer(status, response.body());
      }
      if (status == 409 && response.body().contains("still running")) {
        stillRunning.incrementAndGet();
        Thread.sleep(1_000);
      } else if (status == 503 && response.headers().firstValue("Retry-After").isPresent()) {
        shed.incrementAndGet();
        Thread.sleep(1_000 * Long.parseLong(response.headers().firstValue("Retry-After").get()));
      } else if (status >= 500) {
        serverErrors.incrementAndGet();
        Thread.sleep(250);
      } else {
        unexpected.add(key + " -> " + status + " " + response.body());
        return null;
      }
    }
    unexpected.add(key + " -> no answer in 5 minutes");
    return null;
  }
}
