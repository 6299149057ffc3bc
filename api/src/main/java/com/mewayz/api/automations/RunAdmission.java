package com.mewayz.api.automations;

import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.RetryLaterException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sheds run starts the platform cannot take in time instead of queueing them without bound. Starts
 * in flight are held under an adaptive limit (additive increase, multiplicative decrease, as TCP
 * does). The signal is the moving average of start latency, so one slow start (a GC pause, a
 * server's ordinary p99) changes nothing: while the average stays within the target, the limit
 * grows by about one per limit's worth of starts whenever it is what holds starts back; above the
 * target it shrinks by a fifth, at most once per target interval. A start that finds the limit full
 * is refused at once with 503 and {@code Retry-After}, which costs the caller one round trip and
 * the platform almost nothing, so the starts it accepts keep their latency. Webhook senders and API
 * clients retry 503s.
 */
@Component
class RunAdmission {
  static final long RETRY_AFTER_SECONDS = 1;
  private static final double SMOOTHING = 0.2;

  private final boolean enabled;
  private final long targetNanos;
  private final int minLimit;
  private final int maxLimit;
  private final LongSupplier clock;

  private double limit;
  private int inFlight;
  private double averageNanos;
  private long lastDecrease;

  @Autowired
  RunAdmission(
      @Value("${mewayz.admission.enabled:true}") boolean enabled,
      @Value("${mewayz.admission.start-target:100ms}") Duration target,
      @Value("${mewayz.admission.max-starts:256}") int maxLimit) {
    this(enabled, target, 8, maxLimit, System::nanoTime);
  }

  RunAdmission(boolean enabled, Duration target, int minLimit, int maxLimit, LongSupplier clock) {
    this.enabled = enabled;
    this.targetNanos = target.toNanos();
    this.minLimit = minLimit;
    this.maxLimit = maxLimit;
    this.clock = clock;
    this.limit = Math.min(maxLimit, Math.max(minLimit, 32));
    this.lastDecrease = clock.getAsLong() - targetNanos;
  }

  /** Runs the start if the limit has room, else refuses it with 503 and Retry-After. */
  <T> T admit(Supplier<T> start) {
    if (!enabled) {
      return start.get();
    }
    if (!tryAcquire()) {
      throw RetryLaterException.busy(
          "Mewayz is starting as many runs as it can right now; retry in "
              + RETRY_AFTER_SECONDS
              + " s",
          RETRY_AFTER_SECONDS);
    }
    long began = clock.getAsLong();
    boolean failed = true;
    try {
      T started = start.get();
      failed = false;
      return started;
    } catch (ApiException refused) {
      // The caller's mistake (an unknown webhook, a bad signature) says nothing about load.
      failed = refused.status().is5xxServerError();
      throw refused;
    } finally {
      release(clock.getAsLong() - began, !failed);
    }
  }

  private synchronized boolean tryAcquire() {
    if (inFlight >= (int) limit) {
      return false;
    }
    inFlight++;
    return true;
  }

  private synchronized void release(long latencyNanos, boolean finished) {
    boolean wasFull = inFlight >= (int) limit;
    inFlight--;
    // A failed start (the workflow service unreachable) counts as a slow one.
    long sample = finished ? latencyNanos : Math.max(latencyNanos, 2 * targetNanos);
    averageNanos += SMOOTHING * (sample - averageNanos);
    long now = clock.getAsLong();
    if (averageNanos > targetNanos) {
      if (now - lastDecrease >= targetNanos) {
        limit = Math.max(minLimit, limit * 0.8);
        lastDecrease = now;
      }
    } else if (wasFull) {
      // Grow only when the limit was what held starts back, so an idle platform does not
      // inflate it to the maximum.
      limit = Math.min(maxLimit, limit + 1 / limit);
    }
  }

  synchronized int limit() {
    return (int) limit;
  }

  synchronized int inFlight() {
    return inFlight;
  }
}
