package com.mewayz.workflows.common;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * How Mewayz's activities retry. A system down for hours (the database, a mail server, a provider)
 * must not lose a business process, so an activity is retried for a whole day, backing off from one
 * second to five minutes. Business refusals, named by their failure types, are not retried:
 * retrying would only get the same answer.
 */
public final class ActivityPolicies {
  /** How long an activity keeps being retried before its process gives up on it. */
  public static final Duration PATIENCE = Duration.ofDays(1);

  private ActivityPolicies() {}

  public static ActivityOptions patient(Duration startToClose, String... doNotRetry) {
    RetryOptions.Builder retry =
        RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(1))
            .setMaximumInterval(Duration.ofMinutes(5));
    if (doNotRetry.length > 0) {
      retry.setDoNotRetry(doNotRetry);
    }
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(startToClose)
        .setScheduleToCloseTimeout(PATIENCE)
        .setRetryOptions(retry.build())
        .build();
  }
}
