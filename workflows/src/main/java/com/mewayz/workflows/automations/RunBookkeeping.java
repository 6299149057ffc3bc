package com.mewayz.workflows.automations;

import com.mewayz.workflows.automations.RunModel.CalledAutomation;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunModel.WaitRegistration;
import io.temporal.activity.ActivityInterface;

/**
 * The run's own records, run as local activities (no task queue round trip): its row in the runs
 * list, its event subscriptions, and the definitions of automations it calls.
 */
@ActivityInterface
public interface RunBookkeeping {
  /** Upserts the run's row in the runs list; later statuses never go back to earlier ones. */
  void recordProgress(RunProgress progress);

  /**
   * Subscribes the run to an event type and key. Returns the matching event if one already arrived
   * since the run started, else null (the event will come as a signal).
   */
  EventDelivery subscribe(WaitRegistration registration);

  /** Ends a subscription made by {@link #subscribe}. */
  void unsubscribe(String runId, String nodeId);

  /** The active version of an automation of the same workspace, for a call step. */
  CalledAutomation loadActive(String workspaceId, String automationId);
}
