package com.mewayz.workflows.automations;

import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.RunModel.ApprovalDecision;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.NodeExecution;
import com.mewayz.workflows.automations.RunModel.Resume;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.Waiting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The data of one run: variables, node outputs, timeline, and what it waits for. */
final class RunContext {
  private final RunRequest request;
  private final long startedAt;
  private final Map<String, Object> vars;
  private final Map<String, Object> nodeOutputs;
  private final Map<String, Integer> loopNext;
  private final Map<String, Integer> visits;
  private final List<NodeExecution> timeline;
  private final List<EventDelivery> inbox;
  private final Set<String> seenEvents;
  private final Map<String, ApprovalDecision> approvals = new LinkedHashMap<>();
  private final List<String> active = new ArrayList<>();
  private final List<Waiting> waiting = new ArrayList<>();
  private Map<String, Object> error;

  RunContext(RunRequest request, long now) {
    this.request = request;
    Resume resume = request.resume();
    this.startedAt = resume == null ? now : resume.startedAt();
    this.vars = AutomationWorkflowImpl.copy(resume == null ? null : resume.vars());
    this.nodeOutputs = AutomationWorkflowImpl.copy(resume == null ? null : resume.nodes());
    this.loopNext =
        new LinkedHashMap<>(
            resume == null || resume.loopNext() == null ? Map.of() : resume.loopNext());
    this.visits =
        new LinkedHashMap<>(resume == null || resume.visits() == null ? Map.of() : resume.visits());
    this.timeline =
        new ArrayList<>(
            resume == null || resume.timeline() == null ? List.of() : resume.timeline());
    this.inbox =
        new ArrayList<>(resume == null || resume.inbox() == null ? List.of() : resume.inbox());
    this.error =
        resume == null || resume.error() == null ? null : new LinkedHashMap<>(resume.error());
    this.seenEvents =
        new LinkedHashSet<>(
            resume == null || resume.seenEvents() == null ? List.of() : resume.seenEvents());
  }

  /** A loop iteration's item and index, innermost first. */
  record Frame(Object item, int index, Frame parent) {}

  /** What expressions see at a point of the run. */
  Map<String, Object> scope(Frame frame) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("trigger", request.input() == null ? Map.of() : request.input());
    scope.put("vars", vars);
    scope.put("nodes", nodeOutputs);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("id", request.runId());
    run.put("automationId", request.automationId());
    run.put("version", request.version());
    run.put("startedAt", java.time.Instant.ofEpochMilli(startedAt).toString());
    scope.put("run", run);
    if (frame != null) {
      Map<String, Object> loop = new LinkedHashMap<>();
      loop.put("item", frame.item());
      loop.put("index", frame.index());
      scope.put("loop", loop);
    }
    if (error != null) {
      scope.put("error", error);
    }
    return scope;
  }

  void recordTrigger(Node trigger) {
    long now = io.temporal.workflow.Workflow.currentTimeMillis();
    timeline.add(
        new NodeExecution(
            trigger.id(),
            trigger.type(),
            "COMPLETED",
            now,
            now,
            1,
            null,
            request.input(),
            Ports.OUT,
            null));
  }

  void setError(StepRunner.NodeFailed failure) {
    error = new LinkedHashMap<>();
    error.put("node", failure.nodeId());
    error.put("message", failure.getMessage());
    error.put("type", failure.type());
  }

  int nextVisit(String nodeId) {
    return visits.merge(nodeId, 1, Integer::sum);
  }

  Resume resumeAt(String nodeId) {
    return new Resume(
        nodeId,
        vars,
        nodeOutputs,
        loopNext,
        visits,
        AutomationWorkflowImpl.lastEntries(timeline, AutomationWorkflowImpl.TIMELINE_LIMIT),
        inbox,
        startedAt,
        error,
        List.copyOf(seenEvents));
  }

  long startedAt() {
    return startedAt;
  }

  Map<String, Object> vars() {
    return vars;
  }

  Map<String, Object> nodeOutputs() {
    return nodeOutputs;
  }

  Map<String, Integer> loopNext() {
    return loopNext;
  }

  List<NodeExecution> timeline() {
    return timeline;
  }

  List<EventDelivery> inbox() {
    return inbox;
  }

  /**
   * Keeps an event for a wait step, unless the run has received it already: the same event can come
   * both as a signal and from the look-back of a subscription, and again for a later wait.
   */
  void receive(EventDelivery event) {
    if (event.eventId() == null || seenEvents.add(event.eventId())) {
      inbox.add(event);
    }
  }

  Map<String, ApprovalDecision> approvals() {
    return approvals;
  }

  List<String> active() {
    return active;
  }

  List<Waiting> waiting() {
    return waiting;
  }

  /** Ids of the events this run has taken, so none is taken twice. */
  List<String> seenEventIds() {
    return List.copyOf(seenEvents);
  }
}
