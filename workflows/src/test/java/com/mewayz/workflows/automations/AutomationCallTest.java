package com.mewayz.workflows.automations;

import static com.mewayz.workflows.automations.Graphs.edge;
import static com.mewayz.workflows.automations.Graphs.email;
import static com.mewayz.workflows.automations.Graphs.graph;
import static com.mewayz.workflows.automations.Graphs.map;
import static com.mewayz.workflows.automations.Graphs.node;
import static com.mewayz.workflows.automations.Graphs.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mewayz.workflows.automations.RunModel.CalledAutomation;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.CanceledFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step that runs another automation's active version as a child run. */
class AutomationCallTest extends AutomationWorkflowTestBase {

  private static final AutomationGraph GREETER =
      graph(
          List.of(
              trigger(),
              node("s", "data.set", map("values", map("greeting", "Hello {{ trigger.name }}"))),
              node("e", "flow.end", map("output", map("greeting", "{{ vars.greeting }}")))),
          List.of(edge("t", "s"), edge("s", "e")));

  private static AutomationGraph caller(Boolean wait) {
    Map<String, Object> params =
        map("automationId", "aut-greeter", "input", map("name", "{{ trigger.name }}"));
    if (wait != null) {
      params.put("wait", wait);
    }
    return graph(
        List.of(
            trigger(),
            node("c", "automation.call", params),
            node("e", "flow.end", map("output", map("said", "{{ nodes.c.output.greeting }}"))),
            node("why", "data.set", map("values", map("why", "{{ error.message }}")))),
        List.of(edge("t", "c"), edge("c", "e"), edge("c", "why", Ports.ERROR)));
  }

  @Test
  void callRunsTheActiveVersionAsAChildAndReturnsItsOutput() {
    when(bookkeeping.loadActive("ws-1", "aut-greeter"))
        .thenReturn(new CalledAutomation("aut-greeter", "ws-1", 3, GREETER));

    AutomationWorkflow run = start("run-call", caller(null), Map.of("name", "Ada"));

    RunResult result = result(run);
    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.output()).isEqualTo(Map.of("said", "Hello Ada"));
    assertThat(run.state().nodes().get("c"))
        .isEqualTo(Map.of("runId", "run-call.c.1", "output", Map.of("greeting", "Hello Ada")));
    verify(bookkeeping).loadActive("ws-1", "aut-greeter");
    RunResult child = client.newUntypedWorkflowStub("run-call.c.1").getResult(RunResult.class);
    assertThat(child)
        .isEqualTo(
            new RunResult(
                "run-call.c.1", RunStatus.COMPLETED, Map.of("greeting", "Hello Ada"), null, null));
    // The caller lists the child run; the child records its own end, under its own version.
    assertThat(progress())
        .filteredOn(p -> p.runId().equals("run-call.c.1"))
        .extracting(RunProgress::status, RunProgress::automationId, RunProgress::version)
        .containsExactly(
            tuple(RunStatus.RUNNING, "aut-greeter", 3),
            tuple(RunStatus.COMPLETED, "aut-greeter", 3));
    assertThat(progress())
        .filteredOn(p -> p.runId().equals("run-call.c.1"))
        .allSatisfy(p -> assertThat(p.triggerType()).isEqualTo("call"));
    assertThat(statuses("run-call")).containsExactly(RunStatus.COMPLETED);
    assertThat(sideEffects()).isEmpty();
  }

  @Test
  void callWithoutWaitingGoesOnAtOnceAndTheChildRunsOnItsOwn() {
    // The child waits for an event, not a timer: the test server cannot skip time once a parent
    // has closed with an abandoned child still running (sdk-java issue 2392).
    AutomationGraph waitingChild =
        graph(
            List.of(
                trigger(),
                node("w", "wait.event", map("event", "form.submitted")),
                email("mail", "from the child")),
            List.of(edge("t", "w"), edge("w", "mail")));
    when(bookkeeping.loadActive("ws-1", "aut-greeter"))
        .thenReturn(new CalledAutomation("aut-greeter", "ws-1", 2, waitingChild));

    AutomationWorkflow run = start("run-call-nowait", caller(false), Map.of("name", "Ada"));

    // Waiting for the caller by asking the server, not by its result: a result call lets the test
    // server skip time, and with only the abandoned child left it would skip to its timeout.
    awaitClosed("run-call-nowait");
    assertThat(status("run-call-nowait"))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(status("run-call-nowait.c.1"))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    assertThat(run.state().nodes().get("c")).isEqualTo(Map.of("runId", "run-call-nowait.c.1"));
    assertThat(sideEffects()).isEmpty();

    AutomationWorkflow child =
        client.newWorkflowStub(AutomationWorkflow.class, "run-call-nowait.c.1");
    child.deliver(new EventDelivery("ev-1", "form.submitted", null, Map.of()));
    assertThat(result(child).status()).isEqualTo(RunStatus.COMPLETED);
    RunResult result = result(run);
    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.output()).isEqualTo(map("said", null));
    assertThat(stepRequests())
        .extracting(StepRequest::runId, StepRequest::automationId, StepRequest::nodeId)
        .containsExactly(tuple("run-call-nowait.c.1", "aut-greeter", "mail"));
  }

  @Test
  void callingAnAutomationWithoutActiveVersionFailsTheStepThroughItsErrorPort() {
    AutomationWorkflow run = start("run-call-missing", caller(null), Map.of("name", "Ada"));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "c:FAILED", "why:out");
    assertThat(state.vars())
        .isEqualTo(Map.of("why", "Automation aut-greeter does not exist or has no active version"));
    assertThat(progress()).extracting(RunProgress::runId).containsOnly("run-call-missing");
  }

  @Test
  void aFailingChildFailsTheCallStepWithTheChildsError() {
    AutomationGraph failing =
        graph(
            List.of(trigger(), node("f", "flow.fail", map("message", "No stock"))),
            List.of(edge("t", "f")));
    when(bookkeeping.loadActive("ws-1", "aut-greeter"))
        .thenReturn(new CalledAutomation("aut-greeter", "ws-1", 1, failing));

    AutomationWorkflow run = start("run-call-fails", caller(null), Map.of());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "c:FAILED", "why:out");
    assertThat(state.vars()).isEqualTo(Map.of("why", "Node f failed: No stock"));
    assertThat(statuses("run-call-fails.c.1")).containsExactly(RunStatus.RUNNING, RunStatus.FAILED);
  }

  @Test
  void cancellingACallerWaitingForItsChildCancelsBothWithoutTakingTheErrorPort() {
    // The child waits on an event, not a timer: time skipping while the cancel travels would
    // otherwise fire the timer first.
    AutomationGraph slowChild =
        graph(
            List.of(
                trigger(),
                node("d", "wait.event", map("event", "never.sent")),
                email("mail", "from the child")),
            List.of(edge("t", "d"), edge("d", "mail")));
    when(bookkeeping.loadActive("ws-1", "aut-greeter"))
        .thenReturn(new CalledAutomation("aut-greeter", "ws-1", 2, slowChild));
    AutomationWorkflow run = start("run-call-cancel", caller(true), Map.of("name", "Ada"));
    env.sleep(Duration.ofHours(1));
    assertThat(status("run-call-cancel.c.1"))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);

    WorkflowStub.fromTyped(run).cancel();
    // Wait in real time: describing does not let the test server skip time, so the cancellation
    // reaches the child before anything else could happen.
    awaitClosed("run-call-cancel");

    assertThatThrownBy(() -> result(run)).hasCauseInstanceOf(CanceledFailure.class);
    assertThat(statuses("run-call-cancel")).containsExactly(RunStatus.CANCELLED);
    assertThat(path(run.state())).containsExactly("t:out");
    assertThat(status("run-call-cancel.c.1"))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    assertThat(statuses("run-call-cancel.c.1"))
        .containsExactly(RunStatus.RUNNING, RunStatus.WAITING, RunStatus.CANCELLED);
    assertThat(sideEffects()).isEmpty();
  }

  private void awaitClosed(String workflowId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (status(workflowId) == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
        && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private WorkflowExecutionStatus status(String workflowId) {
    return env.getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(env.getNamespace())
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                .build())
        .getWorkflowExecutionInfo()
        .getStatus();
  }
}
