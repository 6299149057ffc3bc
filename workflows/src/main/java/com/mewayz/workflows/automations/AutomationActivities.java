package com.mewayz.workflows.automations;

import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import io.temporal.activity.ActivityInterface;

/** The side-effecting steps of automations (HTTP, mail, contacts...). */
@ActivityInterface
public interface AutomationActivities {
  /**
   * Performs one side-effecting node. Idempotent under {@link StepRequest#executionKey()} (run,
   * node and visit): a retry after a crash does not repeat a side effect that took place. Failures
   * are retried by the node's policy; a non-retryable {@code INVALID_INPUT} means the node's
   * parameters cannot work.
   */
  StepOutcome execute(StepRequest request);
}
