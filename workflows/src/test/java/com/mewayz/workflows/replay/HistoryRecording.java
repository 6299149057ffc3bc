package com.mewayz.workflows.replay;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.mewayz.workflows.workspaces.InvitationActivities;
import com.mewayz.workflows.workspaces.InvitationRequest;
import com.mewayz.workflows.workspaces.InvitationStatus;
import com.mewayz.workflows.workspaces.WorkspaceInvitationWorkflow;
import com.mewayz.workflows.workspaces.WorkspaceInvitationWorkflowImpl;
import com.mewayz.workflows.workspaces.WorkspaceInvitations;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the histories {@link WorkflowReplayTest} replays: one per path through each workflow. Run
 * on purpose only (it rewrites test resources), before changing a workflow's code.
 */
@EnabledIfSystemProperty(named = "record.histories", matches = "true")
class HistoryRecording {

  @Test
  void recordInvitationPaths() throws Exception {
    record("invitation-expired", stub -> {}, Duration.ofDays(8));
    record("invitation-accepted", stub -> stub.accept("user-1"), Duration.ofDays(4));
    record("invitation-declined", WorkspaceInvitationWorkflow::decline, Duration.ofHours(1));
  }

  private void record(
      String name, Consumer<WorkspaceInvitationWorkflow> action, Duration waitBefore)
      throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(WorkspaceInvitations.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(WorkspaceInvitationWorkflowImpl.class);
      InvitationActivities activities =
          mock(InvitationActivities.class, withSettings().withoutAnnotations());
      when(activities.accept(anyString(), anyString())).thenReturn(InvitationStatus.ACCEPTED);
      when(activities.close(anyString(), any()))
          .thenAnswer(call -> call.getArgument(1, InvitationStatus.class));
      worker.registerActivitiesImplementations(activities);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      WorkspaceInvitationWorkflow workflow =
          client.newWorkflowStub(
              WorkspaceInvitationWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId(name)
                  .setTaskQueue(WorkspaceInvitations.TASK_QUEUE)
                  .build());
      WorkflowClient.start(workflow::run, new InvitationRequest("inv-" + name, "ws-1"));
      env.sleep(waitBefore);
      action.accept(workflow);
      WorkflowStub.fromTyped(workflow).getResult(InvitationStatus.class);
      String json = client.fetchHistory(name).toJson(true);
      Files.writeString(WorkflowReplayTest.HISTORIES.resolve(name + ".json"), json);
    }
  }
}
