package com.mewayz.workflows.ai;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One piece of AI content: generate, wait for a person's approval (for days if needed; a
 * rejection's feedback writes a new draft, up to a limit), publish into its target. Workflow id:
 * {@link AiContents#workflowId(String)}.
 */
@WorkflowInterface
public interface AiContentWorkflow {

  /** Returns PUBLISHED, FAILED, EXPIRED or CANCELLED. */
  @WorkflowMethod
  AiContentStatus run(AiContentRequest request);

  /** Approves the draft waiting for a decision, or an edited version of it. */
  @UpdateMethod
  AiContentProgress approve(Approval approval);

  @UpdateValidatorMethod(updateName = "approve")
  void validateApprove(Approval approval);

  /** Rejects the draft waiting for a decision; its feedback writes the next one. */
  @UpdateMethod
  AiContentProgress reject(Rejection rejection);

  @UpdateValidatorMethod(updateName = "reject")
  void validateReject(Rejection rejection);

  @QueryMethod
  AiContentProgress status();
}
