package com.mewayz.api.automations;

import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.RetryLaterException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sheds run starts the platform cannot take in time instead of queueing them without bound. Starts
 * in flight are held under an adaptive limit (additive increase, multiplicative decrease, as TCP
 * does). The signal is the moving average of start latency against a target that follows the
 * platform's own unloaded latency: twice the lowest average seen over the last five minutes, never
 * under a floor (noise on a very fast server is not load) nor over the configured ceiling. So a
 * fast platform sheds as soon as its starts queue, long before they take the ceiling, and a slower
 * one (a remote Temporal cluster) is not refused for being slower. One slow start (a GC pause, a
 * server's ordinary p99) changes nothing: while the average stays within the target, the limit
 * grows by about one per limit's worth of starts whenever it is what holds starts back; above the
 * target it shrinks by a fifth, at most once per ceiling interval. A start that finds the limit
 * full is refused at once with 503 and {@code Retry-After}, which costs the caller one round trip
 * and the platform almost nothing, so the starts it accepts keep their latency. Webhook senders and
 * API clients retry 503s.
 */
@Component
class RunAdmission {
  static final long RETRY_AFTER_SECONDS = 1;
  private static final double SMOOTHING = 0.2;
  private static final double TOLERANCE = 2.0;
  // The unloaded latency is the lowest average over 10 slots of 30 s: a burst of load shorter
  // than five minutes does not raise it, and a platform that got slower for good is learned.
  private static final int SLOTS = 10;
  private static final long SLOT_NANOS = Duration.ofSeconds(30).toNanos();
  // The average needs a few samples before it says anything about the unloaded latency.
  private static final int SETTLING_SAMPLES = 10;

  private final boolean enabled;
  private final long floorNanos;
  private final long ceilingNanos;
  private final int minLimit;
  private final int maxLimit;
  private final LongSupplier clock;

  private double limit;
  private int inFlight;
  private double averageNanos;
  private long samples;
  private long lastDecrease;
  private final double[] lowestPerSlot = new double[SLOTS];
  private long currentSlot;

  @Autowired
  RunAdmission(
      @Value("${mewayz.admission.enabled:true}") boolean enabled,
      @Value("${mewayz.admission.start-floor:20ms}") Duration floor,
      @Value("${mewayz.admission.start-target:100ms}") Duration ceiling,
      @Value("${mewayz.admission.max-starts:256}") int maxLimit) {
    this(enabled, floor, ceiling, 2, maxLimit, System::nanoTime);
  }

  RunAdmission(
      boolean enabled,
      Duration floor,
      Duration ceiling,
      int minLimit,
      int maxLimit,
      LongSupplier clock) {
    this.enabled = enabled;
    this.floorNanos = Math.min(floor.toNanos(), ceiling.toNanos());
    this.ceilingNanos = ceiling.toNanos();
    this.minLimit = minLimit;
    this.maxLimit = maxLimit;
    this.clock = clock;
    this.limit = Math.min(maxLimit, Math.max(minLimit, 32));
    long now = clock.getAsLong();
    this.lastDecrease = now - ceilingNanos;
    this.currentSlot = now / SLOT_NANOS;
    Arrays.fill(lowestPerSlot, Double.MAX_VALUE);
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
    long sample = finished ? latencyNanos : Math.max(latencyNanos, 2 * ceilingNanos);
    averageNanos = samples == 0 ? sample : averageNanos + SMOOTHING * (sample - averageNanos);
    long now = clock.getAsLong();
    remember(now);
    if (averageNanos > targetNanos()) {
      if (now - lastDecrease >= ceilingNanos) {
        limit = Math.max(minLimit, limit * 0.8);
        lastDecrease = now;
      }
    } else if (wasFull) {
      // Grow only when the limit was what held starts back, so an idle platform does not
      // inflate it to the maximum.
      limit = Math.min(maxLimit, limit + 1 / limit);
    }
  }

  /**
   * Keeps the lowest settled average of the current slot, forgetting slots older than the window.
   */
  private void remember(long now) {
    long slot = now / SLOT_NANOS;
    for (long s = currentSlot + 1; s <= slot && s <= currentSlot + SLOTS; s++) {
      lowestPerSlot[(int) (s % SLOTS)] = Double.MAX_VALUE;
    }
    currentSlot = Math.max(currentSlot, slot);
    if (++samples >= SETTLING_SAMPLES) {
      int index = (int) (currentSlot % SLOTS);
      lowestPerSlot[index] = Math.min(lowestPerSlot[index], averageNanos);
    }
  }

  /**
   * Twice the unloaded latency, within the floor and the ceiling; the ceiling until it is known.
   */
  private double targetNanos() {
    double unloaded = Double.MAX_VALUE;
    for (double lowest : lowestPerSlot) {
      unloaded = Math.min(unloaded, lowest);
    }
    if (unloaded == Double.MAX_VALUE) {
      return ceilingNanos;
    }
    return Math.min(ceilingNanos, Math.max(floorNanos, TOLERANCE * unloaded));
  }

  synchronized int limit() {
    return (int) limit;
  }

  synchronized int inFlight() {
    return inFlight;
  }

  synchronized Duration target() {
    return Duration.ofMillis(Math.round(targetNanos() / 1e6));
  }
}
