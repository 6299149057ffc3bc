package com.mewayz.workflows.ai;

import com.mewayz.workflows.common.ActivityPolicies;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;

/** Names and timings of AI content, shared by the API, the worker and the tests. */
public final class AiContents {
  public static final String TASK_QUEUE = "ai";

  /** How long a draft waits for a person's decision before the content expires. */
  public static final Duration APPROVAL_WINDOW = Duration.ofDays(30);

  /** Default and most rejections answered with a new draft. */
  public static final int DEFAULT_REGENERATIONS = 3;

  public static final int MAX_REGENERATIONS = 10;

  // A model call with its repairs takes up to a few minutes; a provider down or rate limiting is
  // retried for a day (a 429's Retry-After sets the next attempt), business refusals never.
  static final ActivityOptions ACTIVITIES =
      ActivityPolicies.patient(Duration.ofMinutes(5), AiFailureTypes.all());

  private AiContents() {}

  public static String workflowId(String contentId) {
    return "ai-content-" + contentId;
  }
}
