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

  /** The one watch of the bounce mailbox. */
  public static final String BOUNCE_MAILBOX_WORKFLOW_ID = "campaign-bounce-mailbox";

  /** Polls per run of the bounce watch before it continues as new. */
  static final int BOUNCE_POLLS_PER_RUN = 200;

  /** A read of the bounce mailbox takes a few seconds; a mailbox down is retried for a day. */
  static final ActivityOptions BOUNCE_READING =
      ActivityOptions.newBuilder(ActivityPolicies.patient(Duration.ofMinutes(5)))
          .setHeartbeatTimeout(Duration.ofMinutes(1))
          .build();

  private EmailCampaigns() {}

  public static String workflowId(String campaignId) {
    return "campaign-" + campaignId;
  }
}
