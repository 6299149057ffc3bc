package com.mewayz.api.automations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mewayz.api.web.RetryLaterException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RunAdmissionTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private RunAdmission admission(int max) {
    return new RunAdmission(true, Duration.ofMillis(100), 2, max, now::get);
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
  void slowStartsShrinkTheLimitAtMostOncePerTargetInterval() {
    RunAdmission admission = admission(100);
    int before = admission.limit();

    // Two overlapping slow starts ending together: one cut, not two.
    admission.admit(() -> admission.admit(this::slowStart));
    int afterOne = admission.limit();
    // A later slow start: the previous cut is a target interval old.
    admission.admit(this::slowStart);

    assertThat(afterOne).isEqualTo((int) (before * 0.8));
    assertThat(admission.limit()).isEqualTo((int) (before * 0.8 * 0.8));
  }

  @Test
  void fastStartsGrowTheLimitOnlyWhenItHeldStartsBack() {
    RunAdmission admission = admission(100);
    int before = admission.limit();
    for (int i = 0; i < 1000; i++) {
      admission.admit(() -> "fast"); // one at a time: the limit never held anything back
    }
    assertThat(admission.limit()).isEqualTo(before);
  }

  @Test
  void aFailedStartFreesItsPlaceAndCountsAsSlow() {
    RunAdmission admission = admission(100);
    int before = admission.limit();

    assertThatThrownBy(
            () ->
                admission.admit(
                    () -> {
                      throw new IllegalStateException("unreachable");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(admission.inFlight()).isZero();
    assertThat(admission.limit()).isLessThan(before);
  }

  @Test
  void switchedOffItAdmitsEverything() {
    RunAdmission off = new RunAdmission(false, Duration.ofMillis(100), 2, 2, now::get);
    assertThat(off.admit(() -> off.admit(() -> off.admit(() -> "third")))).isEqualTo("third");
  }

  private String slowStart() {
    now.addAndGet(Duration.ofMillis(150).toNanos());
    return "slow";
  }
}
