package com.mewayz.workflows.automations;

import io.temporal.common.SearchAttributeKey;

/** Names shared by the API, the worker and the tests for automation runs. */
public final class Automations {
  public static final String TASK_QUEUE = "automations";

  public static final SearchAttributeKey<String> AUTOMATION_ID =
      SearchAttributeKey.forKeyword("AutomationId");
  public static final SearchAttributeKey<Long> AUTOMATION_VERSION =
      SearchAttributeKey.forLong("AutomationVersion");
  public static final SearchAttributeKey<String> TRIGGER_TYPE =
      SearchAttributeKey.forKeyword("TriggerType");

  private Automations() {}

  /** A run started by a trigger delivery: the same delivery always maps to the same run id. */
  public static String runId(String automationId, String trigger, String deliveryKey) {
    return "run-" + automationId + "-" + trigger + "-" + deliveryKey;
  }
}
