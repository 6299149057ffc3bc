package com.mewayz.workflows.campaigns;

import com.mewayz.workflows.common.ActivityPolicies;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;

/** Names and timings of the email campaign process, shared by the API, the worker and tests. */
public final class EmailCampaigns {
  public static final String TASK_QUEUE = "campaigns";

  /** Batches per run before the workflow continues as new, keeping each history small. */
  static final int BATCHES_PER_RUN = 100;

  /**
   * A batch sends at most about ten seconds of mail, heartbeating as it goes: a dead worker is
   * noticed within the heartbeat timeout and the batch repeated elsewhere (its deliveries are
   * claimed, so nobody gets a second mail). An SMTP server down is waited out for a day.
   */
  static final ActivityOptions SENDING =
      ActivityOptions.newBuilder(ActivityPolicies.patient(Duration.ofMinutes(10)))
          .setHeartbeatTimeout(Duration.ofSeconds(20))
          .build();

  static final ActivityOptions BOOKKEEPING = ActivityPolicies.patient(Duration.ofSeconds(30));

  private EmailCampaigns() {}

  public static String workflowId(String campaignId) {
    return "campaign-" + campaignId;
  }
}
