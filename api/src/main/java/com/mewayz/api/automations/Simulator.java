package com.mewayz.api.automations;

import com.mewayz.activities.automations.RunBookkeepingImpl;
import com.mewayz.api.web.ApiException;
import com.mewayz.workflows.automations.AutomationActivities;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationWorkflow;
import com.mewayz.workflows.automations.AutomationWorkflowImpl;
import com.mewayz.workflows.automations.Automations;
import com.mewayz.workflows.automations.RunBookkeeping;
import com.mewayz.workflows.automations.RunModel.ApprovalDecision;
import com.mewayz.workflows.automations.RunModel.CalledAutomation;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import com.mewayz.workflows.automations.RunModel.WaitRegistration;
import com.mewayz.workflows.automations.Times;
import io.temporal.activity.Activity;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Runs a draft through the real interpreter in Temporal's time-skipping test server: weeks of
 * waiting pass in milliseconds. Side-effecting steps are not performed; they answer with the
 * responses given in the request (or {@code {"simulated": true}}). Events and approval decisions
 * arrive at the offsets the request names.
 */
@Component
class Simulator {
  private static final Duration WALL_CLOCK_LIMIT = Duration.ofSeconds(5);

  private final RunBookkeepingImpl bookkeeping;

  Simulator(RunBookkeepingImpl bookkeeping) {
    this.bookkeeping = bookkeeping;
  }

  record SimulateRequest(
      AutomationGraph graph,
      Map<String, Object> input,
      @Size(max = 100) List<ScheduledEvent> events,
      @Size(max = 100) List<ScheduledDecision> decisions,
      Map<String, Object> responses) {}

  /** An event the simulation delivers {@code after} the start (ISO duration). */
  record ScheduledEvent(String after, String type, String key, Map<String, Object> payload) {}

  /** An approval decision the simulation sends {@code after} the start. */
  record ScheduledDecision(String after, String nodeId, boolean approved) {}

  record Simulation(
      String status,
      Object output,
      String error,
      String failedNode,
      long simulatedMillis,
      long wallMillis,
      RunState state) {}

  Simulation simulate(
      String workspaceId, String automationId, SimulateRequest request, AutomationGraph draft) {
    AutomationGraph graph = request.graph() != null ? request.graph() : draft;
    AutomationService.requireValid(graph);
    long wallStart = System.nanoTime();
    try (TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .registerSearchAttribute("WorkspaceId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .registerSearchAttribute(
                    "AutomationId", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .registerSearchAttribute(
                    "AutomationVersion", IndexedValueType.INDEXED_VALUE_TYPE_INT)
                .registerSearchAttribute("TriggerType", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .build())) {
      Worker worker = env.newWorker(Automations.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(AutomationWorkflowImpl.class);
      worker.registerActivitiesImplementations(
          new SimulatedSteps(request.responses()), new SimulatedBookkeeping(bookkeeping));
      env.start();
      long simulatedStart = env.currentTimeMillis();
      String runId = "simulation-" + automationId;
      AutomationWorkflow run =
          env.getWorkflowClient()
              .newWorkflowStub(
                  AutomationWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setWorkflowId(runId)
                      .setTaskQueue(Automations.TASK_QUEUE)
                      .build());
      WorkflowClient.start(
          run::run,
          new RunRequest(
              runId,
              workspaceId,
              automationId,
              0,
              "simulation",
              graph,
              request.input() == null ? Map.of() : request.input()));
      deliverScheduled(env, run, request);
      WorkflowStub stub = WorkflowStub.fromTyped(run);
      String status;
      Object output = null;
      String error = null;
      String failedNode = null;
      try {
        RunResult result =
            stub.getResult(WALL_CLOCK_LIMIT.toMillis(), TimeUnit.MILLISECONDS, RunResult.class);
        status = result.status();
        output = result.output();
      } catch (TimeoutException stillWaiting) {
        status = "WAITING";
      } catch (WorkflowFailedException failed) {
        status = "FAILED";
      }
      RunState state = run.state();
      if (state != null) {
        error = state.error();
        failedNode = state.failedNode();
        if ("WAITING".equals(status)) {
          status = state.status();
        }
      }
      return new Simulation(
          status,
          output,
          error,
          failedNode,
          env.currentTimeMillis() - simulatedStart,
          (System.nanoTime() - wallStart) / 1_000_000,
          state);
    }
  }

  private static void deliverScheduled(
      TestWorkflowEnvironment env, AutomationWorkflow run, SimulateRequest request) {
    record Action(Duration after, Runnable act) {}
    List<Action> actions = new ArrayList<>();
    for (ScheduledEvent e :
        request.events() == null ? List.<ScheduledEvent>of() : request.events()) {
      Duration after = offset(e.after());
      actions.add(
          new Action(
              after,
              () ->
                  run.deliver(
                      new EventDelivery(
                          "simulated-" + after,
                          e.type(),
                          e.key(),
                          e.payload() == null ? Map.of() : e.payload()))));
    }
    for (ScheduledDecision d :
        request.decisions() == null ? List.<ScheduledDecision>of() : request.decisions()) {
      actions.add(
          new Action(
              offset(d.after()),
              () ->
                  run.decide(new ApprovalDecision(d.nodeId(), d.approved(), "simulation", null))));
    }
    actions.sort(Comparator.comparing(Action::after));
    Duration elapsed = Duration.ZERO;
    for (Action action : actions) {
      env.sleep(action.after().minus(elapsed));
      elapsed = action.after();
      try {
        action.act().run();
      } catch (RuntimeException ignored) {
        // The run was not waiting for it at that moment: the timeline shows what happened.
      }
    }
  }

  private static Duration offset(String after) {
    if (after == null || after.isBlank()) {
      return Duration.ZERO;
    }
    try {
      Duration d = Times.duration(after, "after");
      if (d.isNegative()) {
        throw new IllegalArgumentException("negative");
      }
      return d;
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("after", "must be an ISO-8601 duration such as PT1H or P2D");
    }
  }

  /** Side effects answered from the request instead of performed. */
  static final class SimulatedSteps implements AutomationActivities {
    private final Map<String, Object> responses;

    SimulatedSteps(Map<String, Object> responses) {
      this.responses = responses == null ? Map.of() : responses;
    }

    @Override
    public StepOutcome execute(StepRequest request) {
      Object response = responses.get(request.nodeId());
      if (response == null) {
        Map<String, Object> simulated = new LinkedHashMap<>();
        simulated.put("simulated", true);
        simulated.put("params", request.params());
        response = simulated;
      }
      return new StepOutcome(response, Activity.getExecutionContext().getInfo().getAttempt());
    }
  }

  /** Nothing is recorded; called automations are read from the workspace as they are. */
  static final class SimulatedBookkeeping implements RunBookkeeping {
    private final RunBookkeeping real;

    SimulatedBookkeeping(RunBookkeeping real) {
      this.real = real;
    }

    @Override
    public void recordProgress(RunProgress progress) {}

    @Override
    public EventDelivery subscribe(WaitRegistration registration) {
      return null;
    }

    @Override
    public void unsubscribe(String runId, String nodeId) {}

    @Override
    public CalledAutomation loadActive(String workspaceId, String automationId) {
      return real.loadActive(workspaceId, automationId);
    }
  }
}
