package com.mewayz.workflows.social;

import com.mewayz.workflows.common.ActivityPolicies;
import com.mewayz.workflows.common.FailureTypes;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.common.SearchAttributes;
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
   * Starts the post's workflow, one per post under {@link #workflowId}, tagged with its workspace.
   *
   * @throws io.temporal.client.WorkflowExecutionAlreadyStarted when it runs already
   */
  public static void start(WorkflowClient temporal, PostRequest request) {
    SocialPostWorkflow workflow =
        temporal.newWorkflowStub(
            SocialPostWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId(request.postId()))
                .setTaskQueue(TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, request.workspaceId())
                        .build())
                .build());
    WorkflowClient.start(workflow::run, request);
  }

  /**
   * A publish call: the HTTP client gives up after 30 seconds, well inside the minute the attempt
   * may take, so an attempt rarely times out with its answer unknown. A post is time-bound, so it
   * gets a few attempts spaced to each platform's rate-limit window rather than a day of retries; a
   * 429 waits for the reset time the platform names instead (the activity sets the next delay).
   */
  static ActivityOptions publishing(SocialPlatform platform) {
    RetryOptions retry =
        RetryOptions.newBuilder()
            .setMaximumAttempts(PUBLISH_ATTEMPTS)
            .setInitialInterval(Duration.ofSeconds(30))
            .setBackoffCoefficient(2)
            .setMaximumInterval(longestWait(platform))
            .setDoNotRetry(
                PublishFailureTypes.NOT_CONNECTED.type(),
                PublishFailureTypes.NEEDS_RECONNECT.type(),
                PublishFailureTypes.REJECTED.type(),
                PublishFailureTypes.NOT_FOUND.type())
            .build();
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(1))
        .setRetryOptions(retry)
        .build();
  }

  /**
   * The longest wait the policy computes itself between attempts; a reset time named by a 429
   * overrides it. X's post limits reset in 15-minute windows, LinkedIn's short-term throttling
   * clears within minutes.
   */
  private static Duration longestWait(SocialPlatform platform) {
    return switch (platform) {
      case X -> Duration.ofMinutes(15);
      case LINKEDIN -> Duration.ofMinutes(10);
    };
  }
}
