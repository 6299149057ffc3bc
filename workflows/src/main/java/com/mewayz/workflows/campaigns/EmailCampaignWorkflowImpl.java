package com.mewayz.workflows.campaigns;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;

public class EmailCampaignWorkflowImpl implements EmailCampaignWorkflow {
  private final CampaignActivities sending =
      Workflow.newActivityStub(CampaignActivities.class, EmailCampaigns.SENDING);
  private final CampaignActivities bookkeeping =
      Workflow.newActivityStub(CampaignActivities.class, EmailCampaigns.BOOKKEEPING);

  private final CampaignRequest request;
  private CampaignProgress progress;
  private boolean paused;
  private boolean cancelled;

  @WorkflowInit
  public EmailCampaignWorkflowImpl(CampaignRequest request) {
    this.request = request;
    this.progress =
        request.carried() != null
            ? request.carried()
            : new CampaignProgress(
                request.sendAtEpochMillis() > 0 ? "SCHEDULED" : "SENDING", 0, 0, 0, 0);
    this.paused = request.paused();
  }

  @Override
  public CampaignProgress send(CampaignRequest ignored) {
    String cursor = request.cursor();
    if (request.carried() == null) {
      waitForSendTime();
      if (cancelled) {
        return end("CANCELLED");
      }
      long audience = bookkeeping.begin(request.campaignId());
      progress = new CampaignProgress("SENDING", audience, 0, 0, 0);
    }
    for (int batch = 0; batch < EmailCampaigns.BATCHES_PER_RUN; batch++) {
      if (paused) {
        moveTo("PAUSED");
        Workflow.await(() -> !paused || cancelled);
        if (!cancelled) {
          moveTo("SENDING");
        }
      }
      if (cancelled) {
        return end("CANCELLED");
      }
      BatchOutcome outcome =
          sending.sendBatch(
              new BatchRequest(
                  request.campaignId(), cursor, request.batchSize(), request.ratePerSecond()));
      progress = progress.plus(outcome);
      cursor = outcome.lastContactId() == null ? cursor : outcome.lastContactId();
      if (outcome.exhausted()) {
        return end("SENT");
      }
    }
    // Updates are plain flag changes, finished at once; wait for them so none is lost.
    Workflow.await(Workflow::isEveryHandlerFinished);
    EmailCampaignWorkflow next = Workflow.newContinueAsNewStub(EmailCampaignWorkflow.class);
    next.send(request.continuing(progress, cursor, paused));
    return progress;
  }

  private void waitForSendTime() {
    long wait = request.sendAtEpochMillis() - Workflow.currentTimeMillis();
    if (wait > 0) {
      bookkeeping.record(request.campaignId(), progress);
      Workflow.await(Duration.ofMillis(wait), () -> cancelled);
    }
  }

  private void moveTo(String status) {
    progress = progress.withStatus(status);
    bookkeeping.record(request.campaignId(), progress);
  }

  private CampaignProgress end(String status) {
    progress = progress.withStatus(status);
    bookkeeping.record(request.campaignId(), progress);
    return progress;
  }

  /** A campaign paused before its send time reads PAUSED, and SCHEDULED again once resumed. */
  @Override
  public CampaignProgress progress() {
    return paused && !cancelled && progress.status().equals("SCHEDULED")
        ? progress.withStatus("PAUSED")
        : progress;
  }

  @Override
  public CampaignProgress pause() {
    paused = true;
    return progress;
  }

  @Override
  public void validatePause() {
    if (cancelled || paused || ended()) {
      throw new IllegalStateException("The campaign cannot be paused: it is " + state());
    }
  }

  @Override
  public CampaignProgress resume() {
    paused = false;
    return progress;
  }

  @Override
  public void validateResume() {
    if (!paused || cancelled) {
      throw new IllegalStateException("The campaign is not paused: it is " + state());
    }
  }

  @Override
  public CampaignProgress cancel() {
    cancelled = true;
    return progress;
  }

  @Override
  public void validateCancel() {
    if (cancelled || ended()) {
      throw new IllegalStateException("The campaign has ended already: it is " + state());
    }
  }

  private boolean ended() {
    return progress.status().equals("SENT") || progress.status().equals("CANCELLED");
  }

  private String state() {
    return cancelled ? "cancelled" : paused ? "paused" : progress.status().toLowerCase();
  }
}
