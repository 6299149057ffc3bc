package com.mewayz.workflows.campaigns;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface BounceActivities {
  /**
   * Reads the unread messages of the bounce mailbox: a hard bounce marks its contact bounced, a
   * complaint marks it complained, both are recorded on the campaign's delivery and counted, and
   * the report is deleted from the mailbox; anything else is flagged read and kept. Idempotent: a
   * report read twice (the worker died before deleting it) changes nothing more the second time.
   * Retryable when the mailbox cannot be reached. Answers what it read, with {@code polls} = 1.
   */
  BounceTotals readBounces();
}
