package com.mewayz.workflows.workspaces;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One invitation to join a workspace: mails the invitee, reminds once after three days, expires
 * after seven, and ends as soon as the invitee accepts or declines. Revoking cancels the run.
 * Workflow id: {@link WorkspaceInvitations#workflowId(String)}.
 */
@WorkflowInterface
public interface WorkspaceInvitationWorkflow {

  @WorkflowMethod
  InvitationStatus run(InvitationRequest request);

  /** The invitee accepts; answers once the membership exists. */
  @UpdateMethod
  InvitationStatus accept(String userId);

  @UpdateValidatorMethod(updateName = "accept")
  void validateAccept(String userId);

  /** The invitee declines. */
  @UpdateMethod
  InvitationStatus decline();

  @UpdateValidatorMethod(updateName = "decline")
  void validateDecline();

  @QueryMethod
  InvitationStatus status();
}
