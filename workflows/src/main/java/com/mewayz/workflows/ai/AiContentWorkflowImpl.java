package com.mewayz.workflows.ai;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;

/**
 * Generate, approve, publish. The decision is an update so a late or duplicate one is refused
 * before it enters the history; the loop acts on it. A generation or publishing failure that
 * Temporal gave up retrying ends the content as FAILED with the provider's or target's own reason,
 * which the record keeps for the owner to read.
 */
public class AiContentWorkflowImpl implements AiContentWorkflow {
  private final AiContentActivities activities =
      Workflow.newActivityStub(AiContentActivities.class, AiContents.ACTIVITIES);

  private final String contentId;
  private final boolean requireApproval;
  private final int maxRegenerations;
  private AiContentStatus status = AiContentStatus.GENERATING;
  private int round;
  private ContentDraft draft;
  private String lastFeedback;
  private String failure;
  private String publishedRef;
  private Approval approval;
  private Rejection rejection;

  // Runs before any update handler, so the validators always know the content's rules.
  @WorkflowInit
  public AiContentWorkflowImpl(AiContentRequest request) {
    this.contentId = request.contentId();
    this.requireApproval = request.requireApproval();
    this.maxRegenerations = request.maxRegenerations();
  }

  @Override
  public AiContentStatus run(AiContentRequest ignored) {
    try {
      ContentDraft approved = approvedDraft();
      if (approved != null) {
        publish(approved);
      }
    } catch (CanceledFailure e) {
      throw cancelled(e);
    } catch (ActivityFailure e) {
      // Cancelled while an activity ran (a draft being written): the same end as while waiting.
      if (e.getCause() instanceof CanceledFailure canceled) {
        throw cancelled(canceled);
      }
      failure = reason(e);
      record(AiContentStatus.FAILED, failure);
    }
    // Lets the update that ended the wait answer before the run closes.
    Workflow.await(Workflow::isEveryHandlerFinished);
    return status;
  }

  /** Drafts until one is approved; null when the content ended without one. */
  private ContentDraft approvedDraft() {
    while (true) {
      draft = activities.generate(new GenerationRequest(contentId, round, lastFeedback, draft));
      if (!requireApproval) {
        return draft;
      }
      record(AiContentStatus.AWAITING_APPROVAL, null);
      if (!Workflow.await(
          AiContents.APPROVAL_WINDOW, () -> approval != null || rejection != null)) {
        record(AiContentStatus.EXPIRED, "Nobody approved or rejected the draft in time");
        return null;
      }
      if (approval != null) {
        if (approval.edited() != null) {
          draft = approval.edited();
        }
        return draft;
      }
      lastFeedback = rejection.feedback();
      rejection = null;
      if (round >= maxRegenerations) {
        failure =
            "Rejected "
                + (round + 1)
                + " times: the limit of "
                + maxRegenerations
                + " new drafts is reached";
        record(AiContentStatus.FAILED, failure);
        return null;
      }
      round++;
      record(AiContentStatus.GENERATING, null);
    }
  }

  private void publish(ContentDraft approved) {
    record(AiContentStatus.PUBLISHING, null);
    publishedRef = activities.publish(contentId, approved);
    record(AiContentStatus.PUBLISHED, null);
  }

  private CanceledFailure cancelled(CanceledFailure e) {
    Workflow.newDetachedCancellationScope(() -> record(AiContentStatus.CANCELLED, null)).run();
    return e;
  }

  private void record(AiContentStatus next, String message) {
    status = next;
    activities.recordStatus(contentId, next, message);
  }

  private static String reason(ActivityFailure e) {
    return e.getCause() instanceof ApplicationFailure app
        ? app.getOriginalMessage()
        : "The provider could not be reached: " + e.getCause().getMessage();
  }

  @Override
  public AiContentProgress approve(Approval decision) {
    approval = decision;
    return status();
  }

  @Override
  public void validateApprove(Approval decision) {
    requireWaiting();
  }

  @Override
  public AiContentProgress reject(Rejection decision) {
    rejection = decision;
    return status();
  }

  @Override
  public void validateReject(Rejection decision) {
    requireWaiting();
    if (decision == null || decision.feedback() == null || decision.feedback().isBlank()) {
      throw new IllegalArgumentException("Say what to change: the feedback writes the next draft");
    }
  }

  private void requireWaiting() {
    if (status != AiContentStatus.AWAITING_APPROVAL || approval != null || rejection != null) {
      throw new IllegalArgumentException(
          "The content is "
              + status.name().toLowerCase().replace('_', ' ')
              + ": nothing to decide");
    }
  }

  @Override
  public AiContentProgress status() {
    return new AiContentProgress(status, round, draft, lastFeedback, failure, publishedRef);
  }
}
