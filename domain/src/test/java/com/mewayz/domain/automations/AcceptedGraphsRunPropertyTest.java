package com.mewayz.domain.automations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.mewayz.workflows.automations.AutomationActivities;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.AutomationWorkflow;
import com.mewayz.workflows.automations.AutomationWorkflowImpl;
import com.mewayz.workflows.automations.NodeTypes;
import com.mewayz.workflows.automations.RunBookkeeping;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import com.mewayz.workflows.automations.RunStatus;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Every graph the validator accepts runs to an end on the real interpreter workflow (Temporal's
 * time-skipping test server, side effects mocked): it completes or fails as a run, never stays
 * stuck and never fails a workflow task. In two tries out of three one side-effecting step fails,
 * refused at once or on every retry, to walk the failure paths too.
 */
class AcceptedGraphsRunPropertyTest {
  private static final String TASK_QUEUE = "generated-graphs";
  private static final AtomicInteger RUNS = new AtomicInteger();

  /** The node id whose side effect fails in the current try, and whether retrying could help. */
  private static final AtomicReference<String> failing = new AtomicReference<>();

  private static volatile boolean failingIsRetryable;
  private static TestWorkflowEnvironment env;

  @BeforeContainer
  static void startTemporal() {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .registerSearchAttribute("WorkspaceId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .registerSearchAttribute(
                    "AutomationId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .registerSearchAttribute(
                    "AutomationVersion", IndexedValueType.INDEXED_VALUE_TYPE_INT)
                .registerSearchAttribute("TriggerType", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .setInitialTime(Instant.parse("2026-03-20T10:00:00Z"))
                .build());
    AutomationActivities activities =
        mock(AutomationActivities.class, withSettings().withoutAnnotations());
    when(activities.execute(any()))
        .thenAnswer(
            call -> {
              StepRequest request = call.getArgument(0);
              if (request.nodeId().equals(failing.get())) {
                throw failingIsRetryable
                    ? ApplicationFailure.newFailure("Upstream is down", "UPSTREAM")
                    : ApplicationFailure.newNonRetryableFailure("Refused", "INVALID_INPUT");
              }
              return new StepOutcome(Map.of("done", request.nodeId()), 1);
            });
    RunBookkeeping bookkeeping = mock(RunBookkeeping.class, withSettings().withoutAnnotations());
    Worker worker = env.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(AutomationWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities, bookkeeping);
    env.start();
  }

  @AfterContainer
  static void stopTemporal() {
    env.close();
  }

  @Property(tries = 30)
  void everyAcceptedGraphRunsToAnEnd(
      @ForAll("acceptedGraphs") AutomationGraph graph,
      @ForAll @IntRange(min = 0, max = 99) int failure)
      throws Exception {
    assertThat(AutomationValidator.validate(graph)).isEmpty();
    List<Node> sideEffects =
        graph.nodes().stream()
            .filter(n -> NodeTypes.find(n.type()).map(NodeTypes.NodeType::sideEffect).orElse(false))
            .toList();
    boolean fails = failure % 3 != 0 && !sideEffects.isEmpty();
    failing.set(fails ? sideEffects.get(failure % sideEffects.size()).id() : null);
    failingIsRetryable = failure % 2 == 0;
    String runId = "generated-" + RUNS.incrementAndGet();

    String status = runToTheEnd(runId, graph);

    Statistics.collect(status);
    assertThat(status).isIn(RunStatus.COMPLETED, RunStatus.FAILED);
    List<EventType> events =
        env.getWorkflowClient().fetchHistory(runId).getHistory().getEventsList().stream()
            .map(HistoryEvent::getEventType)
            .toList();
    assertThat(events)
        .as("no workflow task of %s failed (a bug or non-determinism in the interpreter)", runId)
        .doesNotContain(EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED)
        .doesNotContain(EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT);
  }

  @Provide
  Arbitrary<AutomationGraph> acceptedGraphs() {
    return GeneratedGraphs.valid();
  }

  /** The run's final status; a run still going after a minute of real time is stuck. */
  private static String runToTheEnd(String runId, AutomationGraph graph) throws Exception {
    WorkflowClient client = env.getWorkflowClient();
    AutomationWorkflow run =
        client.newWorkflowStub(
            AutomationWorkflow.class,
            WorkflowOptions.newBuilder().setWorkflowId(runId).setTaskQueue(TASK_QUEUE).build());
    WorkflowClient.start(
        run::run,
        new RunRequest(runId, "ws-1", "aut-1", 1, "manual", graph, GeneratedGraphs.INPUT));
    try {
      RunResult result =
          WorkflowStub.fromTyped(run).getResult(60, TimeUnit.SECONDS, RunResult.class);
      return result.status();
    } catch (WorkflowFailedException failed) {
      assertThat(failed.getCause())
          .as("a failed run fails as the automation, not the interpreter")
          .isInstanceOfSatisfying(
              ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo("AutomationFailed"));
      return RunStatus.FAILED;
    } catch (TimeoutException stuck) {
      throw new AssertionError(runId + " is stuck: no end after a minute", stuck);
    }
  }
}
