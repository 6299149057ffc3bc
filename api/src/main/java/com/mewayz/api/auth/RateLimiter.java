package com.mewayz.api.auth;

import com.mewayz.api.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sliding-window limit on authentication attempts, per account and per client address (the spec's
 * 10/minute). Kept in this node's memory: several api nodes each enforce it, which still bounds
 * guessing to a small multiple.
 */
@Component
public class RateLimiter {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final Clock clock;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  public RateLimiter(@Value("${mewayz.auth.attempts-per-minute:10}") int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Counts one attempt under each key, or throws 429 without counting if any key is spent. */
  public void acquire(String... keys) {
    Instant now = clock.instant();
    long retryAfter = 0;
    for (String key : keys) {
      Deque<Instant> window = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (window) {
        while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
          window.pollFirst();
        }
        if (window.size() >= perMinute) {
          long wait = Duration.between(now, window.peekFirst().plus(WINDOW)).toSeconds() + 1;
          retryAfter = Math.max(retryAfter, wait);
        }
      }
    }
    if (retryAfter > 0) {
      throw new TooManyRequestsException(retryAfter);
    }
    for (String key : keys) {
      Deque<Instant> window = attempts.get(key);
      synchronized (window) {
        window.addLast(now);
      }
    }
    if (attempts.size() > 50_000) {
      attempts.entrySet().removeIf(e -> e.getValue().isEmpty());
    }
  }
}
