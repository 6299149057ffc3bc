package com.mewayz.api.campaigns;

import com.mewayz.activities.campaigns.BounceMailbox;
import com.mewayz.workflows.campaigns.BounceMailboxWorkflow;
import com.mewayz.workflows.campaigns.BounceWatch;
import com.mewayz.workflows.campaigns.EmailCampaigns;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the watch of the bounce mailbox once the platform is up, when one is configured. Every API
 * node tries; the fixed workflow id keeps it to one watch for the whole platform.
 */
@Component
class BounceWatchStarter {
  private static final Logger log = LoggerFactory.getLogger(BounceWatchStarter.class);

  private final BounceMailbox mailbox;
  private final WorkflowClient temporal;

  BounceWatchStarter(BounceMailbox mailbox, WorkflowClient temporal) {
    this.mailbox = mailbox;
    this.temporal = temporal;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!mailbox.configured()) {
      log.info(
          "Bounce reports are not read: set MEWAYZ_BOUNCES_IMAP_HOST (and MEWAYZ_BOUNCES_ADDRESS)"
              + " so hard bounces and complaints reported later mark their contacts");
      return;
    }
    BounceMailboxWorkflow watch =
        temporal.newWorkflowStub(
            BounceMailboxWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(EmailCampaigns.TASK_QUEUE)
                .setWorkflowId(EmailCampaigns.BOUNCE_MAILBOX_WORKFLOW_ID)
                .build());
    try {
      WorkflowClient.start(watch::watch, new BounceWatch(mailbox.intervalSeconds(), null));
      log.info("Watching the bounce mailbox every {} s", mailbox.intervalSeconds());
    } catch (WorkflowExecutionAlreadyStarted running) {
      log.debug("The bounce mailbox is watched already");
    }
  }
}
