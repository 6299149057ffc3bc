package com.mewayz.workflows.campaigns;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Watches the mailbox that receives the bounce and complaint reports of campaign mails: reads it,
 * then sleeps for the watch's interval, for as long as the platform runs (one run, id {@link
 * EmailCampaigns#BOUNCE_MAILBOX_WORKFLOW_ID}, continuing as new to keep its history short).
 */
@WorkflowInterface
public interface BounceMailboxWorkflow {
  @WorkflowMethod
  void watch(BounceWatch watch);

  /** What the watch has read so far, over all its runs. */
  @QueryMethod
  BounceTotals totals();
}
