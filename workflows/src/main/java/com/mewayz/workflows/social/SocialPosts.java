package com.mewayz.workflows.social;

import com.mewayz.workflows.common.ActivityPolicies;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Names and timings of scheduled posts, shared by the API, the worker and the tests. */
public final class SocialPosts {
  public static final String TASK_QUEUE = "social";

  /** Attempts of one publish on one account before the account counts as failed. */
  public static final int PUBLISH_ATTEMPTS = 5;

  // The post record, mails and events: a database or mail server down is waited out.
  static final ActivityOptions BOOKKEEPING =
      ActivityPolicies.patient(Duration.ofSeconds(30), FailureTypes.NOT_FOUND.type());

  private SocialPosts() {}

  public static String workflowId(String postId) {
    return "social-post-" + postId;
  }

  /**
   * A publish call: the HTTP client gives up after 30 seconds, well inside the minute the attempt
   * may take, so an attempt rarely times out with its answer unknown. A post is time-bound, so it
   * gets a few attempts spaced to each platform's rate-limit window rather than a day of retries; a
   * 429 waits for the reset time the platform names instead (the activity sets the next delay).
   */
  static ActivityOptions publishing(SocialPlatform platform) {
    RetryOptions.Builder retry =
        RetryOptions.newBuilder()
            .setMaximumAttempts(PUBLISH_ATTEMPTS)
            .setBackoffCoefficient(2)
            .setDoNotRetry(
                PublishFailureTypes.NOT_CONNECTED.type(),
                PublishFailureTypes.NEEDS_RECONNECT.type(),
                PublishFailureTypes.REJECTED.type(),
                PublishFailureTypes.NOT_FOUND.type());
    // X's post limits reset in 15-minute windows; LinkedIn's daily member limits reset at midnight
    // UTC, but its short-term throttling clears within minutes.
    switch (platform) {
      case X ->
          retry
              .setInitialInterval(Duration.ofSeconds(30))
              .setMaximumInterval(Duration.ofMinutes(15));
      case LINKEDIN ->
          retry
              .setInitialInterval(Duration.ofSeconds(30))
              .setMaximumInterval(Duration.ofMinutes(10));
    }
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(1))
        .setRetryOptions(retry.build())
        .build();
  }
}
