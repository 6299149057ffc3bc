package com.mewayz.activities.automations;

import com.mewayz.workflows.automations.RunModel.StepRequest;

/**
 * Performs one side-effecting node type. Implementations are idempotent under the request's
 * execution key, and throw to have the step retried by its node's policy.
 */
public interface StepHandler {
  String type();

  Object perform(StepRequest request);
}
