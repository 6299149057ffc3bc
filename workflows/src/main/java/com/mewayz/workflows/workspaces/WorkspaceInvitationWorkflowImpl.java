package com.mewayz.workflows.workspaces;

import static com.mewayz.workflows.workspaces.WorkspaceInvitations.EXPIRE_AFTER;
import static com.mewayz.workflows.workspaces.WorkspaceInvitations.REMIND_AFTER;

import com.mewayz.workflows.common.ActivityPolicies;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.function.Supplier;

public class WorkspaceInvitationWorkflowImpl implements WorkspaceInvitationWorkflow {

  private final InvitationActivities activities =
      Workflow.newActivityStub(
          InvitationActivities.class,
          // A mail server down for hours must not lose the invitation: keep retrying.
          ActivityPolicies.patient(Duration.ofSeconds(30), "INVALID_STATE", "NOT_FOUND"));

  private final String invitationId;
  private InvitationStatus status = InvitationStatus.PENDING;
  // An accept or decline is running its activity: the timers must not overtake it.
  private boolean deciding;

  // Runs before any update handler, so accept/decline always know their invitation.
  @WorkflowInit
  public WorkspaceInvitationWorkflowImpl(InvitationRequest request) {
    this.invitationId = request.invitationId();
  }

  @Override
  public InvitationStatus run(InvitationRequest request) {
    try {
      activities.sendMail(invitationId, InvitationMailKind.INVITATION);
      if (!awaitDecision(REMIND_AFTER)) {
        activities.sendMail(invitationId, InvitationMailKind.REMINDER);
        if (!awaitDecision(EXPIRE_AFTER.minus(REMIND_AFTER))) {
          status = activities.close(invitationId, InvitationStatus.EXPIRED);
        }
      }
      return status;
    } catch (CanceledFailure revoked) {
      // Revocation cancels the run; record it even though the run's scope is cancelled.
      Workflow.newDetachedCancellationScope(
              () -> status = activities.close(invitationId, InvitationStatus.REVOKED))
          .run();
      throw revoked;
    }
  }

  /** True once the invitee decided, false when {@code timeout} passed first. */
  private boolean awaitDecision(Duration timeout) {
    boolean decidedInTime = Workflow.await(timeout, () -> status.isFinal() || deciding);
    Workflow.await(() -> !deciding);
    return decidedInTime && status.isFinal();
  }

  @Override
  public InvitationStatus accept(String userId) {
    return decide(() -> activities.accept(invitationId, userId));
  }

  @Override
  public void validateAccept(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("userId is required");
    }
    requirePending();
  }

  @Override
  public InvitationStatus decline() {
    return decide(() -> activities.close(invitationId, InvitationStatus.DECLINED));
  }

  @Override
  public void validateDecline() {
    requirePending();
  }

  @Override
  public InvitationStatus status() {
    return status;
  }

  private InvitationStatus decide(Supplier<InvitationStatus> decision) {
    deciding = true;
    try {
      status = decision.get();
      return status;
    } finally {
      deciding = false;
    }
  }

  private void requirePending() {
    if (status.isFinal() || deciding) {
      throw new IllegalArgumentException("The invitation is " + status.name().toLowerCase());
    }
  }
}
