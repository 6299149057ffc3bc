package com.mewayz.domain.automations;

import com.mewayz.domain.automations.AutomationValidator.Problem;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.AutomationGraph.Retry;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bounds an automation must stay within before its structure is even looked at: how many nodes
 * and edges, how long a text and how deep a parameter may be, and retry policies the interpreter
 * can use. Graphs are run inside workflow code and copied into every run's history, so a definition
 * beyond these is refused at save time rather than left to fail or stall a run.
 */
final class GraphLimits {
  static final int MAX_NODES = 500;
  static final int MAX_EDGES = 2_000;
  static final int MAX_TEXT = 65_536;
  static final int MAX_NAME = 200;
  static final int MAX_DEPTH = 32;
  static final int MAX_ATTEMPTS = 100;

  private GraphLimits() {}

  /** True (with a problem) when the graph has more nodes or edges than an automation may. */
  static boolean tooLarge(AutomationGraph graph, List<Problem> problems) {
    boolean tooLarge = false;
    if (graph.nodes().size() > MAX_NODES) {
      problems.add(
          new Problem(
              null,
              null,
              "nodes",
              "An automation has at most %d steps; this one has %d"
                  .formatted(MAX_NODES, graph.nodes().size())));
      tooLarge = true;
    }
    if (graph.edges().size() > MAX_EDGES) {
      problems.add(
          new Problem(
              null,
              null,
              "edges",
              "An automation has at most %d connections; this one has %d"
                  .formatted(MAX_EDGES, graph.edges().size())));
      tooLarge = true;
    }
    return tooLarge;
  }

  /** The graph without edges missing an end, each reported by its index. */
  static AutomationGraph withoutIncompleteEdges(AutomationGraph graph, List<Problem> problems) {
    List<Edge> complete = new ArrayList<>();
    for (int i = 0; i < graph.edges().size(); i++) {
      Edge edge = graph.edges().get(i);
      if (edge.from() == null || edge.to() == null) {
        problems.add(
            new Problem(null, null, "edges[" + i + "]", "An edge needs both 'from' and 'to'"));
      } else {
        complete.add(edge);
      }
    }
    return complete.size() == graph.edges().size()
        ? graph
        : new AutomationGraph(graph.nodes(), complete, graph.settings());
  }

  /** False (with a problem) when a node's name or parameters are too long or too deep. */
  static boolean withinSize(Node node, List<Problem> problems) {
    int before = problems.size();
    if (node.name() != null && node.name().length() > MAX_NAME) {
      problems.add(
          Problem.ofNode(node.id(), "name", "must be at most " + MAX_NAME + " characters"));
    }
    checkValue(node.id(), "params", node.params(), 1, problems);
    return problems.size() == before;
  }

  private static void checkValue(
      String node, String path, Object value, int depth, List<Problem> problems) {
    if (value instanceof String text && text.length() > MAX_TEXT) {
      problems.add(Problem.ofNode(node, path, "must be at most " + MAX_TEXT + " characters"));
      return;
    }
    if (!(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
      return;
    }
    if (depth > MAX_DEPTH) {
      problems.add(Problem.ofNode(node, path, "is nested more than " + MAX_DEPTH + " levels deep"));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (key.length() > MAX_NAME) {
          problems.add(
              Problem.ofNode(node, path, "has a key longer than " + MAX_NAME + " characters"));
          return;
        }
        checkValue(node, path + "." + key, entry.getValue(), depth + 1, problems);
      }
    } else {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        checkValue(node, path + "[" + i + "]", list.get(i), depth + 1, problems);
      }
    }
  }

  /** A retry policy the interpreter can turn into Temporal's: attempts and positive durations. */
  static void checkRetry(Node node, List<Problem> problems) {
    Retry retry = node.retry();
    if (retry == null) {
      return;
    }
    if (retry.maxAttempts() != null
        && (retry.maxAttempts() < 1 || retry.maxAttempts() > MAX_ATTEMPTS)) {
      problems.add(
          Problem.ofNode(node.id(), "retry.maxAttempts", "must be between 1 and " + MAX_ATTEMPTS));
    }
    checkDuration(node, "retry.backoff", retry.backoff(), problems);
    checkDuration(node, "retry.maxBackoff", retry.maxBackoff(), problems);
    checkDuration(node, "retry.timeout", retry.timeout(), problems);
  }

  private static void checkDuration(Node node, String field, String value, List<Problem> problems) {
    if (value == null) {
      return;
    }
    try {
      if (Duration.parse(value.trim()).compareTo(Duration.ZERO) > 0) {
        return;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add(
        Problem.ofNode(node.id(), field, "must be a positive ISO-8601 duration such as PT30S"));
  }
}
