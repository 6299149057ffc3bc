package com.mewayz.workflows.campaigns;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Sends a campaign to its audience in batches, throttled, and continues as new every {@link
 * EmailCampaigns#BATCHES_PER_RUN} batches, so 100,000 recipients or ten times more stay far inside
 * Temporal's history limits. Pause, resume and cancel take effect between batches, within about ten
 * seconds.
 */
@WorkflowInterface
public interface EmailCampaignWorkflow {
  @WorkflowMethod
  CampaignProgress send(CampaignRequest request);

  @QueryMethod
  CampaignProgress progress();

  @UpdateMethod
  CampaignProgress pause();

  @UpdateValidatorMethod(updateName = "pause")
  void validatePause();

  @UpdateMethod
  CampaignProgress resume();

  @UpdateValidatorMethod(updateName = "resume")
  void validateResume();

  @UpdateMethod
  CampaignProgress cancel();

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel();
}
