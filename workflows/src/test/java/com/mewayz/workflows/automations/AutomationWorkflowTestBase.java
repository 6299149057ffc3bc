package com.mewayz.workflows.automations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.mewayz.workflows.automations.RunModel.NodeExecution;
import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.invocation.Invocation;

/**
 * Runs automations on Temporal's time-skipping test server with mocked side effects and
 * bookkeeping. Runs start on the extension's task queue; automations they call run on {@link
 * Automations#TASK_QUEUE}, served by a second worker.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
abstract class AutomationWorkflowTestBase {
  /** Test server time at start: fixed, so moments in graphs are plain dates. */
  static final Instant START = Instant.parse("2026-03-20T10:00:00Z");

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(AutomationWorkflowImpl.class)
          .registerSearchAttribute("WorkspaceId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .registerSearchAttribute("AutomationId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .registerSearchAttribute("AutomationVersion", IndexedValueType.INDEXED_VALUE_TYPE_INT)
          .registerSearchAttribute("TriggerType", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .setInitialTime(START)
          .setDoNotStart(true)
          .build();

  final AutomationActivities activities =
      mock(AutomationActivities.class, withSettings().withoutAnnotations());
  final RunBookkeeping bookkeeping =
      mock(RunBookkeeping.class, withSettings().withoutAnnotations());

  /** How the mocked activity answers for a node id; by default it succeeds on attempt 1. */
  final Map<String, Function<StepRequest, StepOutcome>> behaviours = new ConcurrentHashMap<>();

  TestWorkflowEnvironment env;
  WorkflowClient client;
  String taskQueue;

  @BeforeEach
  void startWorkers(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    this.client = client;
    this.taskQueue = worker.getTaskQueue();
    when(activities.execute(any()))
        .thenAnswer(
            call -> {
              StepRequest request = call.getArgument(0);
              Function<StepRequest, StepOutcome> behaviour = behaviours.get(request.nodeId());
              return behaviour != null
                  ? behaviour.apply(request)
                  : new StepOutcome(Map.of("done", request.nodeId()), 1);
            });
    worker.registerActivitiesImplementations(activities, bookkeeping);
    Worker called = env.newWorker(Automations.TASK_QUEUE);
    called.registerWorkflowImplementationTypes(AutomationWorkflowImpl.class);
    called.registerActivitiesImplementations(activities, bookkeeping);
    env.start();
  }

  AutomationWorkflow start(String runId, AutomationGraph graph, Map<String, Object> input) {
    return start(new RunRequest(runId, "ws-1", "aut-1", 1, "manual", graph, input));
  }

  AutomationWorkflow start(RunRequest request) {
    AutomationWorkflow run =
        client.newWorkflowStub(
            AutomationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(request.runId())
                .setTaskQueue(taskQueue)
                .build());
    WorkflowClient.start(run::run, request);
    return run;
  }

  /** Waits for the run's result, skipping time over its timers. */
  static RunResult result(AutomationWorkflow run) {
    return WorkflowStub.fromTyped(run).getResult(RunResult.class);
  }

  static WorkflowFailedException failure(AutomationWorkflow run) {
    WorkflowFailedException failed =
        catchThrowableOfType(WorkflowFailedException.class, () -> result(run));
    assertThat(failed).as("the run failed").isNotNull();
    return failed;
  }

  void sleepUntil(Instant moment) {
    env.sleep(Duration.between(Instant.ofEpochMilli(env.currentTimeMillis()), moment));
  }

  /** Every request the side-effect activity received, retries included, in order. */
  List<StepRequest> stepRequests() {
    return invocations(activities, "execute").stream()
        .map(i -> (StepRequest) i.getArgument(0))
        .toList();
  }

  /** Node ids of the side effects asked for, in order. */
  List<String> sideEffects() {
    return stepRequests().stream().map(StepRequest::nodeId).toList();
  }

  List<RunProgress> progress() {
    return invocations(bookkeeping, "recordProgress").stream()
        .map(i -> (RunProgress) i.getArgument(0))
        .toList();
  }

  /** Statuses recorded for one run id, in order. */
  List<String> statuses(String runId) {
    return progress().stream()
        .filter(p -> p.runId().equals(runId))
        .map(RunProgress::status)
        .toList();
  }

  private static List<Invocation> invocations(Object mock, String method) {
    return mockingDetails(mock).getInvocations().stream()
        .filter(i -> i.getMethod().getName().equals(method))
        .toList();
  }

  /** The timeline as "node:port" entries (failures as "node:FAILED"). */
  static List<String> path(RunState state) {
    return state.timeline().stream().map(AutomationWorkflowTestBase::step).toList();
  }

  private static String step(NodeExecution e) {
    return e.nodeId() + ":" + ("FAILED".equals(e.status()) ? "FAILED" : e.port());
  }

  static NodeExecution entry(RunState state, String nodeId) {
    List<NodeExecution> found =
        state.timeline().stream().filter(e -> e.nodeId().equals(nodeId)).toList();
    assertThat(found).as("timeline entries of " + nodeId).hasSize(1);
    return found.get(0);
  }
}
