package com.mewayz.workflows.automations;

import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.RunModel.ApprovalDecision;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.NodeExecution;
import com.mewayz.workflows.automations.RunModel.Resume;
import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.Waiting;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interpreter. Control flow and data steps run here, in workflow code, so a run of forty data
 * steps costs no activity round trip; side-effecting steps are activities with the node's own retry
 * policy ({@link StepRunner}). Everything it does is recorded in the run's history, so a worker
 * dying at any moment loses nothing: another worker replays and carries on.
 */
public class AutomationWorkflowImpl implements AutomationWorkflow {
  static final int TIMELINE_LIMIT = 500;

  private final RunBookkeeping bookkeeping =
      Workflow.newLocalActivityStub(
          RunBookkeeping.class,
          LocalActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setRetryOptions(
                  RetryOptions.newBuilder().setMaximumInterval(Duration.ofSeconds(30)).build())
              .build());

  private final RunRequest request;
  private final RunContext context;
  private final StepRunner steps;
  private String status = RunStatus.RUNNING;
  private Object output;
  private String error;
  private String failedNode;

  @WorkflowInit
  public AutomationWorkflowImpl(RunRequest request) {
    this.request = request;
    this.context = new RunContext(request, Workflow.currentTimeMillis());
    this.steps = new StepRunner(request, context, bookkeeping);
  }

  @Override
  public RunResult run(RunRequest ignored) {
    String start = startNode();
    try {
      if (start != null) {
        steps.runPath(start, null, true);
      }
      return finish(RunStatus.COMPLETED, null, null);
    } catch (StepRunner.EndRun end) {
      output = end.output();
      return finish(RunStatus.COMPLETED, null, null);
    } catch (StepRunner.NodeFailed failure) {
      return failed(failure);
    } catch (CanceledFailure cancelled) {
      Workflow.newDetachedCancellationScope(
              () -> finish(RunStatus.CANCELLED, "The run was cancelled", null))
          .run();
      throw cancelled;
    }
  }

  private RunResult failed(StepRunner.NodeFailed failure) {
    String handler = request.graph().settings().errorHandler();
    if (handler != null && !failure.fromHandler() && request.graph().node(handler).isPresent()) {
      context.setError(failure);
      try {
        steps.runPath(handler, null, false);
      } catch (StepRunner.EndRun | StepRunner.NodeFailed ignoredInHandler) {
        // The handler reports the failure; the run still ends failed with the original error.
      }
    }
    finish(RunStatus.FAILED, failure.getMessage(), failure.nodeId());
    throw ApplicationFailure.newNonRetryableFailure(
        "Node " + failure.nodeId() + " failed: " + failure.getMessage(), "AutomationFailed");
  }

  private String startNode() {
    Resume resume = request.resume();
    if (resume != null) {
      return resume.nodeId();
    }
    Node trigger = request.graph().trigger().orElse(null);
    if (trigger == null) {
      return null;
    }
    context.recordTrigger(trigger);
    List<Edge> next = request.graph().edgesFrom(trigger.id(), Ports.OUT);
    return next.isEmpty() ? null : next.get(0).to();
  }

  private RunResult finish(String finalStatus, String message, String node) {
    status = finalStatus;
    error = message;
    failedNode = node;
    bookkeeping.recordProgress(
        new RunProgress(
            request.runId(),
            request.workspaceId(),
            request.automationId(),
            request.version(),
            request.triggerType(),
            finalStatus,
            node,
            message,
            output,
            Workflow.currentTimeMillis()));
    return new RunResult(request.runId(), finalStatus, output, message, node);
  }

  @Override
  public void deliver(EventDelivery event) {
    context.receive(event);
  }

  @Override
  public String decide(ApprovalDecision decision) {
    context.approvals().put(decision.nodeId(), decision);
    return decision.approved() ? Ports.APPROVED : Ports.REJECTED;
  }

  @Override
  public void validateDecide(ApprovalDecision decision) {
    if (decision == null || decision.nodeId() == null) {
      throw new IllegalArgumentException("nodeId is required");
    }
    boolean waiting =
        context.waiting().stream()
            .anyMatch(w -> w.kind().equals("approval") && w.nodeId().equals(decision.nodeId()));
    if (!waiting) {
      throw new IllegalArgumentException(
          "No approval is waiting at node " + decision.nodeId() + " in this run");
    }
    // Two decisions arriving together: the first one counts, the second is told so.
    if (context.approvals().containsKey(decision.nodeId())) {
      throw new IllegalArgumentException(
          "The approval at node " + decision.nodeId() + " has been decided already");
    }
  }

  @Override
  public RunState state() {
    String shown = status;
    if (RunStatus.RUNNING.equals(status) && !context.waiting().isEmpty()) {
      shown = RunStatus.WAITING;
    }
    return new RunState(
        request.runId(),
        shown,
        List.copyOf(context.active()),
        List.<Waiting>copyOf(context.waiting()),
        List.<NodeExecution>copyOf(context.timeline()),
        new LinkedHashMap<>(context.vars()),
        new LinkedHashMap<>(context.nodeOutputs()),
        output,
        error,
        failedNode,
        context.seenEventIds());
  }

  static <T> List<T> lastEntries(List<T> list, int limit) {
    return list.size() <= limit
        ? new ArrayList<>(list)
        : new ArrayList<>(list.subList(list.size() - limit, list.size()));
  }

  static Map<String, Object> copy(Map<String, Object> map) {
    return map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
  }
}
