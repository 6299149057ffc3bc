package com.mewayz.workflows.campaigns;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface CampaignActivities {
  /** Fixes the audience (contacts created up to now) and answers its size; marks it SENDING. */
  long begin(String campaignId);

  /**
   * Sends one batch at the given rate, claiming each recipient under {@code campaignId:contactId}
   * first, so a repeated batch mails nobody twice. Contacts who are not subscribed at the moment
   * are skipped, also those who unsubscribed since the campaign began.
   */
  BatchOutcome sendBatch(BatchRequest request);

  /** Records the campaign's status (and its counts when it ended). */
  void record(String campaignId, CampaignProgress progress);
}
