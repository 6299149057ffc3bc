package com.mewayz.workflows.automations;

import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.RunContext.Frame;
import com.mewayz.workflows.automations.RunModel.ApprovalDecision;
import com.mewayz.workflows.automations.RunModel.CalledAutomation;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.NodeExecution;
import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import com.mewayz.workflows.automations.RunModel.WaitRegistration;
import com.mewayz.workflows.automations.RunModel.Waiting;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.common.RetryOptions;
import io.temporal.common.SearchAttributes;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Executes nodes: walks paths through the graph, forks parallel branches, iterates loops. */
final class StepRunner {
  static final int LOOP_HARD_CAP = 10_000;
  static final Duration LOCAL_STEP_LIMIT = Duration.ofSeconds(30);

  private final RunRequest request;
  private final AutomationGraph graph;
  private final RunContext context;
  private final RunBookkeeping bookkeeping;
  // Local steps run since this run (or its last continue-as-new) started.
  private int localSteps;

  StepRunner(RunRequest request, RunContext context, RunBookkeeping bookkeeping) {
    this.request = request;
    this.graph = request.graph();
    this.context = context;
    this.bookkeeping = bookkeeping;
  }

  /** A {@code flow.end} step: the run completes with this output, wherever it was. */
  static final class EndRun extends RuntimeException {
    private final transient Object output;

    EndRun(Object output) {
      super("end", null, false, false);
      this.output = output;
    }

    Object output() {
      return output;
    }
  }

  /** A node failed: followed by its error port if it has one, else it fails the run. */
  static final class NodeFailed extends RuntimeException {
    private final String nodeId;
    private final String type;
    private final boolean terminal;
    private final boolean fromHandler;

    NodeFailed(String nodeId, String type, String message, boolean terminal, boolean fromHandler) {
      super(message, null, false, false);
      this.nodeId = nodeId;
      this.type = type;
      this.terminal = terminal;
      this.fromHandler = fromHandler;
    }

    String nodeId() {
      return nodeId;
    }

    String type() {
      return type;
    }

    boolean fromHandler() {
      return fromHandler;
    }
  }

  /** What a node did: the port it leaves by (or a node to jump to), and its output. */
  private record Step(String port, Object output, String jumpTo, int attempts) {
    static Step port(String port, Object output) {
      return new Step(port, output, null, 1);
    }
  }

  /**
   * Runs nodes from {@code start} until {@code stopAt} (a loop's own node, or a parallel's join) or
   * a node with nowhere to go. Only the main path ({@code topLevel}) may continue as new.
   */
  void runPath(String start, String stopAt, boolean topLevel) {
    runPath(start, stopAt, topLevel, null);
  }

  private void runPath(String start, String stopAt, boolean topLevel, Frame frame) {
    String current = start;
    while (current != null && !current.equals(stopAt)) {
      if (topLevel) {
        continueAsNewIfLong(current);
      }
      Node node = graph.node(current).orElseThrow();
      String next;
      try {
        next = execute(node, topLevel, frame);
      } catch (NodeFailed failure) {
        List<Edge> onError = graph.edgesFrom(node.id(), Ports.ERROR);
        if (failure.terminal || onError.isEmpty()) {
          throw failure;
        }
        context.setError(failure);
        next = onError.get(0).to();
      }
      current = next;
    }
  }

  private void continueAsNewIfLong(String nodeId) {
    if (historyIsLong()) {
      // The history stays small however long the run lives; variables and place carry over.
      Workflow.continueAsNew(
          new RunRequest(
              request.runId(),
              request.workspaceId(),
              request.automationId(),
              request.version(),
              request.triggerType(),
              request.graph(),
              request.input(),
              context.resumeAt(nodeId),
              request.historyBudget()));
    }
  }

  private String execute(Node node, boolean topLevel, Frame frame) {
    int visit = context.nextVisit(node.id());
    long started = Workflow.currentTimeMillis();
    context.active().add(node.id());
    Object input = null;
    try {
      Map<String, Object> scope = context.scope(frame);
      input = resolveInput(node, scope);
      Step step = perform(node, visit, scope, input, topLevel, frame);
      record(node, started, step.attempts(), input, step.output(), step.port(), null, "COMPLETED");
      if (step.output() != null) {
        context.nodeOutputs().put(node.id(), step.output());
      }
      if (step.jumpTo() != null || node.type().equals("flow.parallel")) {
        // A parallel's 'out' edges are its branches, which ran already: it goes on at its join.
        return step.jumpTo();
      }
      List<Edge> next = graph.edgesFrom(node.id(), step.port());
      return next.isEmpty() ? null : next.get(0).to();
    } catch (EndRun end) {
      record(node, started, 1, input, end.output(), null, null, "COMPLETED");
      throw end;
    } catch (NodeFailed failure) {
      record(node, started, 1, input, null, Ports.ERROR, failure.getMessage(), "FAILED");
      throw failure;
    } catch (Expressions.ExpressionException | IllegalArgumentException e) {
      record(node, started, 1, input, null, Ports.ERROR, e.getMessage(), "FAILED");
      throw new NodeFailed(node.id(), "INVALID_INPUT", e.getMessage(), false, false);
    } finally {
      context.active().remove(node.id());
    }
  }

  /** Parameters with expressions resolved, for steps whose parameters are plain data. */
  private static Object resolveInput(Node node, Map<String, Object> scope) {
    return switch (node.type()) {
      // These read their parameters themselves (conditions, per-item bodies).
      case "flow.if", "flow.switch", "flow.loop", "flow.parallel", "flow.join" -> null;
      default -> Expressions.resolve(node.params(), scope);
    };
  }

  @SuppressWarnings("unchecked")
  private Step perform(
      Node node,
      int visit,
      Map<String, Object> scope,
      Object input,
      boolean topLevel,
      Frame frame) {
    Map<String, Object> params = input instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    return switch (node.type()) {
      case "data.set" -> setVariables(params);
      case "flow.if" ->
          Step.port(
              Conditions.test(node.params().get("condition"), scope) ? Ports.TRUE : Ports.FALSE,
              null);
      case "flow.switch" -> switchCase(node, scope);
      case "flow.parallel" -> parallel(node, frame);
      case "flow.join" -> Step.port(Ports.OUT, null);
      case "flow.loop" -> loop(node, scope, topLevel, frame);
      case "flow.end" -> throw new EndRun(params.get("output"));
      case "flow.fail" ->
          throw new NodeFailed(
              node.id(),
              "FAILED_BY_AUTOMATION",
              String.valueOf(params.getOrDefault("message", "The automation failed")),
              true,
              false);
      case "wait.delay" -> delay(node, params);
      case "wait.until" -> waitUntil(node, params);
      case "wait.event" -> waitForEvent(node, params);
      case "approval.request" -> approval(node, params);
      case "automation.call" -> callAutomation(node, visit, params);
      default -> {
        if (NodeTypes.find(node.type()).map(NodeTypes.NodeType::sideEffect).orElse(false)) {
          yield sideEffect(node, visit, params);
        }
        throw new NodeFailed(
            node.id(), "UNKNOWN_TYPE", "Unknown node type " + node.type(), true, false);
      }
    };
  }

  private Step setVariables(Map<String, Object> params) {
    Object values = params.get("values");
    Map<String, Object> set = new LinkedHashMap<>();
    if (values instanceof Map<?, ?> map) {
      map.forEach((k, v) -> set.put(String.valueOf(k), v));
    }
    context.vars().putAll(set);
    return Step.port(Ports.OUT, set);
  }

  private Step switchCase(Node node, Map<String, Object> scope) {
    Object cases = node.params().get("cases");
    if (cases instanceof List<?> list) {
      for (Object c : list) {
        if (c instanceof Map<?, ?> entry && Conditions.test(entry.get("condition"), scope)) {
          return Step.port(String.valueOf(entry.get("port")), Map.of("case", entry.get("port")));
        }
      }
    }
    return Step.port(Ports.DEFAULT, Map.of("case", Ports.DEFAULT));
  }

  private Step parallel(Node node, Frame frame) {
    List<Edge> branches = graph.edgesFrom(node.id(), Ports.OUT);
    String join = graph.joinOf(node.id());
    boolean any =
        join != null
            && "any".equals(graph.node(join).map(n -> n.params().get("mode")).orElse("all"));
    List<Promise<Void>> running = new ArrayList<>();
    CancellationScope scope =
        Workflow.newCancellationScope(
            () -> {
              for (Edge branch : branches) {
                running.add(Async.procedure(() -> runPath(branch.to(), join, false, frame)));
              }
            });
    scope.run();
    try {
      if (any) {
        Promise.anyOf(running).get();
      } else {
        Promise.allOf(running).get();
      }
    } finally {
      // "any" needs no more branches; after a failure none of them may go on either.
      scope.cancel();
    }
    return new Step(Ports.OUT, Map.of("branches", branches.size()), join, 1);
  }

  private Step loop(Node node, Map<String, Object> scope, boolean topLevel, Frame frame) {
    Object items = Expressions.resolve(node.params().get("items"), scope);
    if (!(items instanceof List<?> list)) {
      throw new IllegalArgumentException(
          "items must resolve to a list, got " + (items == null ? "nothing" : Json.write(items)));
    }
    int max = Math.min(intParam(node.params().get("max"), 1000), LOOP_HARD_CAP);
    int count = Math.min(list.size(), max);
    List<Edge> body = graph.edgesFrom(node.id(), Ports.ITEM);
    Integer resumed = context.loopNext().remove(node.id());
    int first = resumed == null ? 0 : resumed;
    for (int i = first; i < count; i++) {
      if (topLevel && i > first && historyIsLong()) {
        context.loopNext().put(node.id(), i);
        continueAsNewIfLong(node.id());
      }
      Map<String, Object> current = new LinkedHashMap<>();
      current.put("item", list.get(i));
      current.put("index", i);
      context.nodeOutputs().put(node.id(), current);
      if (!body.isEmpty()) {
        runPath(body.get(0).to(), node.id(), false, new Frame(list.get(i), i, frame));
      }
    }
    Map<String, Object> done = new LinkedHashMap<>();
    done.put("count", count);
    done.put("truncated", list.size() > count);
    return Step.port(Ports.DONE, done);
  }

  /**
   * The history length the server reports stops at the start of the current workflow task, so local
   * steps completed within it are added: each leaves a marker event. (Counting them twice once the
   * task is done only brings continue-as-new a little earlier.)
   */
  private boolean historyIsLong() {
    return Workflow.getInfo().getHistoryLength() + localSteps > request.historyBudgetOrDefault()
        || Workflow.getInfo().isContinueAsNewSuggested();
  }

  private Step delay(Node node, Map<String, Object> params) {
    Duration duration = Times.duration(params.get("duration"), "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative");
    }
    waitFor(
        node,
        "delay",
        duration.toString(),
        Workflow.currentTimeMillis() + duration.toMillis(),
        () -> Workflow.sleep(duration));
    return Step.port(Ports.OUT, null);
  }

  private Step waitUntil(Node node, Map<String, Object> params) {
    Instant target =
        Times.moment(
            params.get("at"), (String) params.get("timeZone"), (String) params.get("offset"));
    long wait = target.toEpochMilli() - Workflow.currentTimeMillis();
    if (wait > 0) {
      waitFor(
          node,
          "until",
          target.toString(),
          target.toEpochMilli(),
          () -> Workflow.sleep(Duration.ofMillis(wait)));
    }
    return Step.port(Ports.OUT, Map.of("at", target.toString()));
  }

  private Step waitForEvent(Node node, Map<String, Object> params) {
    String type = String.valueOf(params.get("event"));
    Object rawKey = params.get("key");
    String key = rawKey == null || Json.text(rawKey).isEmpty() ? null : Json.text(rawKey);
    Duration timeout =
        params.get("timeout") == null ? null : Times.duration(params.get("timeout"), "timeout");
    EventDelivery early =
        bookkeeping.subscribe(
            new WaitRegistration(
                request.runId(),
                request.workspaceId(),
                node.id(),
                type,
                key,
                context.startedAt(),
                context.seenEventIds()));
    if (early != null) {
      context.receive(early);
    }
    // An event that is here already is taken without waiting (nor showing the run as waiting).
    EventDelivery[] received = {takeEvent(type, key)};
    try {
      if (received[0] == null) {
        Long until = timeout == null ? null : Workflow.currentTimeMillis() + timeout.toMillis();
        String detail = type + (key == null ? "" : " for " + key);
        waitFor(
            node,
            "event",
            detail,
            until,
            () -> {
              java.util.function.Supplier<Boolean> arrived =
                  () -> (received[0] = takeEvent(type, key)) != null;
              if (timeout == null) {
                Workflow.await(arrived);
              } else {
                Workflow.await(timeout, arrived);
              }
            });
      }
    } catch (CanceledFailure cancelled) {
      // No subscription outlives its wait, also when the run is cancelled while waiting.
      Workflow.newDetachedCancellationScope(
              () -> bookkeeping.unsubscribe(request.runId(), node.id()))
          .run();
      throw cancelled;
    }
    bookkeeping.unsubscribe(request.runId(), node.id());
    if (received[0] == null) {
      return Step.port(Ports.TIMEOUT, null);
    }
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("eventId", received[0].eventId());
    output.put("type", received[0].type());
    output.put("key", received[0].key());
    output.put("payload", received[0].payload());
    return Step.port(Ports.OUT, output);
  }

  private EventDelivery takeEvent(String type, String key) {
    for (EventDelivery event : context.inbox()) {
      if (event.type().equals(type) && (key == null || key.equals(event.key()))) {
        context.inbox().remove(event);
        return event;
      }
    }
    return null;
  }

  private Step approval(Node node, Map<String, Object> params) {
    Duration timeout =
        params.get("timeout") == null ? null : Times.duration(params.get("timeout"), "timeout");
    Long until = timeout == null ? null : Workflow.currentTimeMillis() + timeout.toMillis();
    waitFor(
        node,
        "approval",
        Json.text(params.get("message")),
        until,
        () -> {
          if (timeout == null) {
            Workflow.await(() -> context.approvals().containsKey(node.id()));
          } else {
            Workflow.await(timeout, () -> context.approvals().containsKey(node.id()));
          }
        });
    ApprovalDecision decision = context.approvals().remove(node.id());
    if (decision == null) {
      return Step.port(Ports.TIMEOUT, null);
    }
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("approved", decision.approved());
    output.put("by", decision.by());
    output.put("comment", decision.comment());
    return Step.port(decision.approved() ? Ports.APPROVED : Ports.REJECTED, output);
  }

  /** Shows the wait in the runs list and the run's state while {@code waiting} runs. */
  private void waitFor(Node node, String kind, String detail, Long until, Runnable waiting) {
    Waiting entry = new Waiting(node.id(), kind, detail, until);
    context.waiting().add(entry);
    progress(RunStatus.WAITING, node.id());
    try {
      waiting.run();
    } finally {
      context.waiting().remove(entry);
    }
    progress(RunStatus.RUNNING, node.id());
  }

  private void progress(String status, String nodeId) {
    bookkeeping.recordProgress(
        new RunProgress(
            request.runId(),
            request.workspaceId(),
            request.automationId(),
            request.version(),
            request.triggerType(),
            status,
            nodeId,
            null,
            null,
            Workflow.currentTimeMillis()));
  }

  @SuppressWarnings("unchecked")
  private Step callAutomation(Node node, int visit, Map<String, Object> params) {
    String calledId = String.valueOf(params.get("automationId"));
    CalledAutomation called = bookkeeping.loadActive(request.workspaceId(), calledId);
    if (called == null) {
      throw new NodeFailed(
          node.id(),
          "NOT_FOUND",
          "Automation " + calledId + " does not exist or has no active version",
          false,
          false);
    }
    boolean wait = !Boolean.FALSE.equals(params.get("wait"));
    String childId = request.runId() + "." + node.id() + "." + visit;
    Object childInput = params.get("input");
    RunRequest child =
        new RunRequest(
            childId,
            request.workspaceId(),
            called.automationId(),
            called.version(),
            "call",
            called.graph(),
            childInput instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
    bookkeeping.recordProgress(
        new RunProgress(
            childId,
            request.workspaceId(),
            called.automationId(),
            called.version(),
            "call",
            RunStatus.RUNNING,
            null,
            null,
            null,
            Workflow.currentTimeMillis()));
    AutomationWorkflow stub =
        Workflow.newChildWorkflowStub(
            AutomationWorkflow.class,
            ChildWorkflowOptions.newBuilder()
                .setWorkflowId(childId)
                .setTaskQueue(Automations.TASK_QUEUE)
                .setParentClosePolicy(
                    wait
                        ? ParentClosePolicy.PARENT_CLOSE_POLICY_TERMINATE
                        : ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                .setTypedSearchAttributes(searchAttributes(called.automationId(), called.version()))
                .build());
    try {
      if (!wait) {
        Async.function(stub::run, child);
        Workflow.getWorkflowExecution(stub).get();
        return Step.port(Ports.OUT, Map.of("runId", childId));
      }
      RunResult result = stub.run(child);
      Map<String, Object> output = new LinkedHashMap<>();
      output.put("runId", childId);
      output.put("output", result.output());
      return Step.port(Ports.OUT, output);
    } catch (ChildWorkflowFailure failed) {
      stopIfCancelled(failed);
      throw new NodeFailed(
          node.id(), "CALLED_AUTOMATION_FAILED", rootMessage(failed), false, false);
    }
  }

  SearchAttributes searchAttributes(String automationId, int version) {
    return SearchAttributes.newBuilder()
        .set(MewayzSearchAttributes.WORKSPACE_ID, request.workspaceId())
        .set(Automations.AUTOMATION_ID, automationId)
        .set(Automations.AUTOMATION_VERSION, (long) version)
        .set(Automations.TRIGGER_TYPE, "call")
        .build();
  }

  private Step sideEffect(Node node, int visit, Map<String, Object> params) {
    boolean local = runsLocally(node);
    if (local) {
      localSteps++;
    }
    AutomationActivities activities =
        local
            ? Workflow.newLocalActivityStub(AutomationActivities.class, localActivityOptions(node))
            : Workflow.newActivityStub(AutomationActivities.class, activityOptions(node));
    try {
      StepOutcome outcome =
          activities.execute(
              new StepRequest(
                  request.runId(),
                  request.workspaceId(),
                  request.automationId(),
                  node.id(),
                  node.type(),
                  request.runId() + ":" + node.id() + ":" + visit,
                  params));
      return new Step(Ports.OUT, outcome.output(), null, outcome.attempt());
    } catch (ActivityFailure failed) {
      stopIfCancelled(failed);
      String type =
          failed.getCause() instanceof ApplicationFailure app ? app.getType() : "ACTIVITY_FAILED";
      throw new NodeFailed(node.id(), type, rootMessage(failed), false, false);
    }
  }

  /**
   * Short steps (timeout up to {@link #LOCAL_STEP_LIMIT}) run as local activities: executed by the
   * worker running the workflow, their results recorded in the same workflow task, with no task
   * queue round trip per step. Like any activity they may run again if the worker dies before the
   * result is recorded, and also when their workflow task fails (a signal or update arriving as the
   * task completes the run); their execution keys make both harmless. Longer steps run as regular
   * activities, whose attempts are each tracked by the server.
   */
  static boolean runsLocally(Node node) {
    return stepTimeout(node).compareTo(LOCAL_STEP_LIMIT) <= 0;
  }

  static ActivityOptions activityOptions(Node node) {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(stepTimeout(node))
        .setRetryOptions(retryOptions(node))
        .build();
  }

  static LocalActivityOptions localActivityOptions(Node node) {
    return LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(stepTimeout(node))
        .setRetryOptions(retryOptions(node))
        // Backoffs longer than this wait on a durable timer instead of holding the task.
        .setLocalRetryThreshold(Duration.ofSeconds(2))
        .build();
  }

  private static Duration stepTimeout(Node node) {
    AutomationGraph.Retry retry = node.retry();
    return retry == null || retry.timeout() == null
        ? Duration.ofSeconds(30)
        : Times.duration(retry.timeout(), "retry.timeout");
  }

  private static RetryOptions retryOptions(Node node) {
    AutomationGraph.Retry retry = node.retry();
    int attempts = retry == null || retry.maxAttempts() == null ? 3 : retry.maxAttempts();
    Duration backoff =
        retry == null || retry.backoff() == null
            ? Duration.ofSeconds(1)
            : Times.duration(retry.backoff(), "retry.backoff");
    Duration maxBackoff =
        retry == null || retry.maxBackoff() == null
            ? Duration.ofMinutes(1)
            : Times.duration(retry.maxBackoff(), "retry.maxBackoff");
    return RetryOptions.newBuilder()
        .setMaximumAttempts(Math.max(1, attempts))
        .setInitialInterval(backoff)
        .setMaximumInterval(maxBackoff.compareTo(backoff) < 0 ? backoff : maxBackoff)
        .setDoNotRetry("INVALID_INPUT", "NOT_FOUND")
        .build();
  }

  /**
   * A step cut short because its run (or its branch, by a join 'any') is being cancelled has not
   * failed: it must not take its error port or fail the run.
   */
  private static void stopIfCancelled(TemporalFailure failure) {
    if (CancellationScope.current().isCancelRequested()) {
      throw failure.getCause() instanceof CanceledFailure cancelled
          ? cancelled
          : new CanceledFailure("The run was cancelled");
    }
  }

  private static String rootMessage(TemporalFailure failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message =
        cause instanceof ApplicationFailure app ? app.getOriginalMessage() : cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  private static int intParam(Object value, int fallback) {
    return value instanceof Number n ? n.intValue() : fallback;
  }

  private void record(
      Node node,
      long started,
      int attempts,
      Object input,
      Object output,
      String port,
      String error,
      String status) {
    List<NodeExecution> timeline = context.timeline();
    timeline.add(
        new NodeExecution(
            node.id(),
            node.type(),
            status,
            started,
            Workflow.currentTimeMillis(),
            attempts,
            input,
            output,
            port,
            error));
    if (timeline.size() > AutomationWorkflowImpl.TIMELINE_LIMIT * 2) {
      timeline.subList(0, timeline.size() - AutomationWorkflowImpl.TIMELINE_LIMIT).clear();
    }
  }
}
