package com.mewayz.activities.automations;

import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.domain.automations.RunStore;
import com.mewayz.workflows.automations.AutomationWorkflow;
import com.mewayz.workflows.automations.Automations;
import com.mewayz.workflows.automations.RunModel.Resume;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Starts automation runs. The run id is the workflow id and derives from what triggered it, and
 * Temporal refuses a second workflow with an id it has seen, so a trigger delivered twice (an
 * event, a webhook retry, an Idempotency-Key, a schedule fire on two replicas) starts one run.
 */
@Component
public class AutomationStarter {
  private final WorkflowClient temporal;
  private final RunStore runs;
  private final Clock clock;

  public AutomationStarter(WorkflowClient temporal, RunStore runs, Clock clock) {
    this.temporal = temporal;
    this.runs = runs;
    this.clock = clock;
  }

  /** The run, and whether this call started it (false: it existed already). */
  public record Started(String runId, boolean started) {}

  public Started start(
      AutomationVersion version,
      String triggerType,
      String runId,
      Map<String, Object> input,
      Resume resume,
      String retryOf) {
    AutomationWorkflow workflow =
        temporal.newWorkflowStub(
            AutomationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(runId)
                .setTaskQueue(Automations.TASK_QUEUE)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                // Where this process runs the automations worker, the server hands the first
                // workflow task straight back with the start: one round trip less per run.
                .setDisableEagerExecution(false)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, version.workspaceId())
                        .set(Automations.AUTOMATION_ID, version.automationId())
                        .set(Automations.AUTOMATION_VERSION, (long) version.version())
                        .set(Automations.TRIGGER_TYPE, triggerType)
                        .build())
                .build());
    RunRequest request =
        new RunRequest(
            runId,
            version.workspaceId(),
            version.automationId(),
            version.version(),
            triggerType,
            version.graph(),
            input == null ? Map.of() : input,
            resume,
            null);
    runs.started(
        runId,
        version.workspaceId(),
        version.automationId(),
        version.version(),
        triggerType,
        retryOf,
        request.input(),
        clock.instant());
    try {
      WorkflowClient.start(workflow::run, request);
      return new Started(runId, true);
    } catch (WorkflowExecutionAlreadyStarted duplicate) {
      return new Started(runId, false);
    }
  }
}
