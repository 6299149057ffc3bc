package com.mewayz.workflows.automations;

import java.util.List;
import java.util.Map;

/** The records that cross the Temporal boundary for automation runs. Times are epoch millis. */
public final class RunModel {
  private RunModel() {}

  /** Starts (or, with {@code resume}, continues) one run of one published version. */
  public record RunRequest(
      String runId,
      String workspaceId,
      String automationId,
      int version,
      String triggerType,
      AutomationGraph graph,
      Map<String, Object> input,
      Resume resume,
      Integer historyBudget) {

    public RunRequest(
        String runId,
        String workspaceId,
        String automationId,
        int version,
        String triggerType,
        AutomationGraph graph,
        Map<String, Object> input) {
      this(runId, workspaceId, automationId, version, triggerType, graph, input, null, null);
    }

    /** History events a run may grow to before it continues as new (default 10,000). */
    public int historyBudgetOrDefault() {
      return historyBudget == null ? 10_000 : historyBudget;
    }
  }

  /**
   * Where a run picks up: after continue-as-new, or when a failed run is retried from its failed
   * node. Carries the variables and node outputs so far, a loop's next index, on an error path the
   * failure its steps see as {@code {{ error }}}, and the ids of the events it has received.
   */
  public record Resume(
      String nodeId,
      Map<String, Object> vars,
      Map<String, Object> nodes,
      Map<String, Integer> loopNext,
      Map<String, Integer> visits,
      List<NodeExecution> timeline,
      List<EventDelivery> inbox,
      long startedAt,
      Map<String, Object> error,
      List<String> seenEvents) {

    /** A resume with no failure in scope and no event seen, as a retried run starts. */
    public Resume(
        String nodeId,
        Map<String, Object> vars,
        Map<String, Object> nodes,
        Map<String, Integer> loopNext,
        Map<String, Integer> visits,
        List<NodeExecution> timeline,
        List<EventDelivery> inbox,
        long startedAt) {
      this(nodeId, vars, nodes, loopNext, visits, timeline, inbox, startedAt, null, null);
    }
  }

  /** How a run ended. */
  public record RunResult(
      String runId, String status, Object output, String error, String failedNode) {}

  /** One execution of one node, for the run's timeline. */
  public record NodeExecution(
      String nodeId,
      String type,
      String status,
      long startedAt,
      Long endedAt,
      int attempts,
      Object input,
      Object output,
      String port,
      String error) {}

  /** What a run is waiting for right now. */
  public record Waiting(String nodeId, String kind, String detail, Long until) {}

  /** The run as the API shows it: answered by a query, for running and closed runs alike. */
  public record RunState(
      String runId,
      String status,
      List<String> activeNodes,
      List<Waiting> waiting,
      List<NodeExecution> timeline,
      Map<String, Object> vars,
      Map<String, Object> nodes,
      Object output,
      String error,
      String failedNode,
      List<String> seenEvents) {}

  /** An event sent to a run waiting for it. */
  public record EventDelivery(
      String eventId, String type, String key, Map<String, Object> payload) {}

  /** An answer to an approval step. */
  public record ApprovalDecision(String nodeId, boolean approved, String by, String comment) {}

  /** A side-effecting step for the activity worker: the node with its expressions resolved. */
  public record StepRequest(
      String runId,
      String workspaceId,
      String automationId,
      String nodeId,
      String nodeType,
      String executionKey,
      Map<String, Object> params) {}

  /** What a side-effecting step produced, and on which attempt it succeeded. */
  public record StepOutcome(Object output, int attempt) {}

  /** A run's status for the runs list, written when it starts waiting, resumes and ends. */
  public record RunProgress(
      String runId,
      String workspaceId,
      String automationId,
      int version,
      String triggerType,
      String status,
      String currentNode,
      String error,
      Object output,
      long at) {}

  /** A run starting to wait for an event of a type, correlated by a key. */
  public record WaitRegistration(
      String runId,
      String workspaceId,
      String nodeId,
      String eventType,
      String key,
      long runStartedAt,
      List<String> seenEventIds) {}

  /** The published version of an automation another automation calls. */
  public record CalledAutomation(
      String automationId, String workspaceId, int version, AutomationGraph graph) {}
}
