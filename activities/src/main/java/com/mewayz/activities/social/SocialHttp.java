package com.mewayz.activities.social;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The HTTP client the publishers share, and the reading of rate-limit headers. A request gives up
 * after 30 seconds, inside the publish activity's one-minute limit, so an attempt ends with an
 * answer or a clear "no answer" rather than being cut off by Temporal.
 */
@Component
public class SocialHttp {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Clock clock;

  public SocialHttp(Clock clock) {
    this.clock = clock;
  }

  HttpResponse<String> send(HttpRequest request, String platform) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new PlatformUnreachable(
          platform + " did not answer: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformUnreachable(platform + " call interrupted", e);
    }
  }

  /**
   * How long to wait before trying again: {@code Retry-After} (seconds or an HTTP date), else the
   * epoch-seconds reset header the platform names (X's {@code x-rate-limit-reset}), else null.
   */
  Duration retryAfter(HttpResponse<?> response, String resetHeader) {
    Optional<String> retryAfter = response.headers().firstValue("retry-after");
    if (retryAfter.isPresent()) {
      String value = retryAfter.get().trim();
      try {
        return atLeastOneSecond(Duration.ofSeconds(Long.parseLong(value)));
      } catch (NumberFormatException notSeconds) {
        try {
          Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
          return atLeastOneSecond(Duration.between(clock.instant(), at));
        } catch (DateTimeParseException ignored) {
          // Unreadable: fall through to the reset header.
        }
      }
    }
    if (resetHeader != null) {
      Optional<String> reset = response.headers().firstValue(resetHeader);
      if (reset.isPresent()) {
        try {
          Instant at = Instant.ofEpochSecond(Long.parseLong(reset.get().trim()));
          return atLeastOneSecond(Duration.between(clock.instant(), at));
        } catch (NumberFormatException ignored) {
          return null;
        }
      }
    }
    return null;
  }

  private static Duration atLeastOneSecond(Duration wait) {
    return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
  }

  static HttpRequest.Builder post(String url, String token, String json) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(REQUEST_TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }
}
