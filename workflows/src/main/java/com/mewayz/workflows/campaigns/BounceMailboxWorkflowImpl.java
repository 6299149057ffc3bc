package com.mewayz.workflows.campaigns;

import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.slf4j.Logger;

public class BounceMailboxWorkflowImpl implements BounceMailboxWorkflow {
  private static final Logger log = Workflow.getLogger(BounceMailboxWorkflowImpl.class);

  private final BounceActivities mailbox =
      Workflow.newActivityStub(BounceActivities.class, EmailCampaigns.BOUNCE_READING);
  private BounceTotals totals = BounceTotals.NONE;

  @Override
  public void watch(BounceWatch watch) {
    if (watch.carried() != null) {
      totals = watch.carried();
    }
    for (int poll = 0; poll < EmailCampaigns.BOUNCE_POLLS_PER_RUN; poll++) {
      try {
        totals = totals.plus(mailbox.readBounces());
      } catch (ActivityFailure unreachableForADay) {
        // The watch outlives a mailbox down or misconfigured: it tries again at the next poll.
        log.warn("The bounce mailbox could not be read: {}", unreachableForADay.getMessage());
      }
      Workflow.sleep(Duration.ofSeconds(watch.intervalSeconds()));
    }
    Workflow.newContinueAsNewStub(BounceMailboxWorkflow.class)
        .watch(new BounceWatch(watch.intervalSeconds(), totals));
  }

  @Override
  public BounceTotals totals() {
    return totals;
  }
}
