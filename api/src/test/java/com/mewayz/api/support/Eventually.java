package com.mewayz.api.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits, polling, for what another process (a worker, Temporal, a receiver) makes true. */
public final class Eventually {
  private static final Duration POLL = Duration.ofMillis(100);

  private Eventually() {}

  /**
   * Returns once {@code done} holds; fails naming {@code what} when {@code timeout} passes first.
   */
  public static void await(String what, Duration timeout, BooleanSupplier done)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what);
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
