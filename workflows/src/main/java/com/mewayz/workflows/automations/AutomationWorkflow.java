package com.mewayz.workflows.automations;

import com.mewayz.workflows.automations.RunModel.ApprovalDecision;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Runs one automation: every published version of every automation runs through this one
 * interpreter, pinned to the graph it started with. Workflow id: the run id.
 */
@WorkflowInterface
public interface AutomationWorkflow {

  @WorkflowMethod
  RunResult run(RunRequest request);

  /** An event for a wait-for-event step; kept until a step asks for it. */
  @SignalMethod
  void deliver(EventDelivery event);

  /** Approves or rejects a waiting approval step. */
  @UpdateMethod
  String decide(ApprovalDecision decision);

  @UpdateValidatorMethod(updateName = "decide")
  void validateDecide(ApprovalDecision decision);

  @QueryMethod
  RunState state();
}
