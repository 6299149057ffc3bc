package com.mewayz.workflows.courses;

import com.mewayz.workflows.common.FailureTypes;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Names and timings of the course drip, shared by the API, the worker and the tests. */
public final class CourseDrips {
  public static final String TASK_QUEUE = "courses";

  // A drip runs for weeks: a mail server or database down for days is waited out (retries add
  // nothing to the history), and only then does the run fail for an operator to look at.
  static final ActivityOptions ACTIVITIES =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(30))
          .setScheduleToCloseTimeout(Duration.ofDays(7))
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setInitialInterval(Duration.ofSeconds(1))
                  .setMaximumInterval(Duration.ofMinutes(10))
                  .setDoNotRetry(FailureTypes.NOT_FOUND.type())
                  .build())
          .build();

  private CourseDrips() {}

  public static String workflowId(String enrollmentId) {
    return "enrollment-" + enrollmentId;
  }
}
