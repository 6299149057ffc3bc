package com.mewayz.api.automations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.RetryLaterException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RunAdmissionTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private RunAdmission admission(int max) {
    return new RunAdmission(true, Duration.ofMillis(20), Duration.ofMillis(100), 2, max, now::get);
  }

  @Test
  void aStartBeyondTheLimitIsRefusedWith503AndRetryAfter() {
    RunAdmission admission = admission(2);

    assertThatThrownBy(
            () -> admission.admit(() -> admission.admit(() -> admission.admit(() -> "third"))))
        .isInstanceOfSatisfying(
            RetryLaterException.class,
            e -> {
              assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
              assertThat(e.retryAfterSeconds()).isEqualTo(1);
              assertThat(e.getMessage()).contains("retry in 1 s");
            });
    assertThat(admission.inFlight()).isZero();
    assertThat(admission.admit(() -> "after")).isEqualTo("after");
  }

  @Test
  void oneSlowStartAmongFastOnesChangesNothing() {
    RunAdmission admission = admission(100);
    int before = admission.limit();

    for (int i = 0; i < 20; i++) {
      admission.admit(() -> start(10));
    }
    admission.admit(() -> start(40)); // four times the usual start, once

    assertThat(admission.target()).isEqualTo(Duration.ofMillis(20));
    assertThat(admission.limit()).isEqualTo(before);
  }

  @Test
  void theTargetIsTwiceTheUnloadedLatencyWithinFloorAndCeiling() {
    RunAdmission fast = admission(100);
    assertThat(fast.target()).as("unknown yet: the ceiling").isEqualTo(Duration.ofMillis(100));
    for (int i = 0; i < 50; i++) {
      fast.admit(() -> start(2));
    }
    assertThat(fast.target()).as("the floor").isEqualTo(Duration.ofMillis(20));

    RunAdmission remote = admission(100);
    for (int i = 0; i < 50; i++) {
      remote.admit(() -> start(30));
    }
    assertThat(remote.target()).isEqualTo(Duration.ofMillis(60));

    RunAdmission slow = admission(100);
    for (int i = 0; i < 50; i++) {
      slow.admit(() -> start(80));
    }
    assertThat(slow.target()).as("the ceiling").isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void startsQueueingOnAFastPlatformShrinkTheLimitLongBeforeTheCeiling() {
    RunAdmission admission = admission(100);
    for (int i = 0; i < 50; i++) {
      admission.admit(() -> start(10));
    }
    int before = admission.limit();

    for (int i = 0; i < 20; i++) {
      admission.admit(() -> start(45)); // under the 100 ms ceiling, over twice the usual 10 ms
      now.addAndGet(Duration.ofMillis(100).toNanos());
    }

    assertThat(admission.limit()).isLessThan(before / 2);
  }

  @Test
  void aPlatformSlowerForGoodIsLearnedWithinFiveMinutes() {
    RunAdmission admission = admission(100);
    for (int i = 0; i < 50; i++) {
      admission.admit(() -> start(10));
    }
    // Starts take 45 ms from now on, one every second.
    for (int second = 0; second < 330; second++) {
      admission.admit(() -> start(45));
      now.addAndGet(Duration.ofSeconds(1).toNanos());
    }
    int learned = admission.limit();
    for (int i = 0; i < 20; i++) {
      admission.admit(() -> start(45));
      now.addAndGet(Duration.ofMillis(100).toNanos());
    }

    assertThat(admission.target()).isEqualTo(Duration.ofMillis(90));
    assertThat(admission.limit()).isEqualTo(learned);
  }

  @Test
  void startsSlowOnAverageShrinkTheLimitAtMostOncePerTargetInterval() {
    RunAdmission admission = admission(100);
    int before = admission.limit();
    for (int i = 0; i < 6; i++) {
      admission.admit(() -> slowStart());
    }
    int shrunk = admission.limit();

    // Three overlapping slow starts ending at the same moment: one cut, not three.
    admission.admit(() -> admission.admit(() -> admission.admit(() -> slowStart())));

    assertThat(shrunk).isLessThan(before);
    assertThat(admission.limit()).isEqualTo((int) (shrunk * 0.8));
  }

  @Test
  void fastStartsGrowTheLimitOnlyWhenItHeldStartsBack() {
    RunAdmission admission = admission(100);
    int before = admission.limit();
    for (int i = 0; i < 1000; i++) {
      admission.admit(() -> "fast"); // one at a time: the limit never held anything back
    }
    assertThat(admission.limit()).isEqualTo(before);

    for (int i = 0; i < 40; i++) {
      nested(admission, before); // every place taken
    }
    assertThat(admission.limit()).isEqualTo(before + 1);
  }

  @Test
  void failedStartsFreeTheirPlaceAndCountAsSlow() {
    RunAdmission admission = admission(100);
    int before = admission.limit();

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(
              () ->
                  admission.admit(
                      () -> {
                        throw new IllegalStateException("unreachable");
                      }))
          .isInstanceOf(IllegalStateException.class);
    }

    assertThat(admission.inFlight()).isZero();
    assertThat(admission.limit()).isLessThan(before);
  }

  @Test
  void refusalsForTheCallersMistakesSayNothingAboutLoad() {
    RunAdmission admission = admission(100);
    int before = admission.limit();

    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(
              () ->
                  admission.admit(
                      () -> {
                        throw ApiException.notFound("Webhook");
                      }))
          .isInstanceOf(ApiException.class);
    }

    assertThat(admission.inFlight()).isZero();
    assertThat(admission.limit()).isEqualTo(before);
  }

  @Test
  void switchedOffItAdmitsEverything() {
    RunAdmission off =
        new RunAdmission(false, Duration.ofMillis(20), Duration.ofMillis(100), 2, 2, now::get);
    assertThat(off.admit(() -> off.admit(() -> off.admit(() -> "third")))).isEqualTo("third");
  }

  private static String nested(RunAdmission admission, int depth) {
    return depth == 0 ? "done" : admission.admit(() -> nested(admission, depth - 1));
  }

  private String slowStart() {
    return start(150);
  }

  private String start(long millis) {
    now.addAndGet(Duration.ofMillis(millis).toNanos());
    return "started";
  }
}
