package com.mewayz.workflows.automations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an owner draws: nodes keyed by id and a flat list of edges between named ports. The same
 * shape is stored in MongoDB, edited by the designer and run by the interpreter.
 */
public record AutomationGraph(List<Node> nodes, List<Edge> edges, Settings settings) {

  public AutomationGraph {
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
    edges = edges == null ? List.of() : List.copyOf(edges);
    settings = settings == null ? Settings.DEFAULTS : settings;
  }

  public Optional<Node> node(String id) {
    return nodes.stream().filter(n -> java.util.Objects.equals(n.id(), id)).findFirst();
  }

  public Optional<Node> trigger() {
    return nodes.stream()
        .filter(n -> n.type() != null && n.type().startsWith("trigger."))
        .findFirst();
  }

  /** Edges leaving {@code nodeId} through {@code port}, in the order they were drawn. */
  public List<Edge> edgesFrom(String nodeId, String port) {
    return edges.stream()
        .filter(e -> java.util.Objects.equals(e.from(), nodeId) && e.port().equals(port))
        .toList();
  }

  public List<Edge> edgesFrom(String nodeId) {
    return edges.stream().filter(e -> java.util.Objects.equals(e.from(), nodeId)).toList();
  }

  /**
   * The join where the branches of a parallel node meet: the first {@code flow.join} found going
   * down its first branch (breadth first) that is not the join of a parallel nested in that branch,
   * or null.
   */
  public String joinOf(String parallelId) {
    List<Edge> branches = edgesFrom(parallelId, Ports.OUT);
    if (branches.isEmpty()) {
      return null;
    }
    // Depth counts the parallels entered on the way and not yet joined.
    record Visit(String id, int depth) {}
    java.util.Deque<Visit> queue =
        new java.util.ArrayDeque<>(List.of(new Visit(branches.get(0).to(), 0)));
    java.util.Set<Visit> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      Visit visit = queue.poll();
      if (visit.depth() > nodes.size() || !seen.add(visit)) {
        continue;
      }
      String type = node(visit.id()).map(Node::type).orElse("");
      int depth = visit.depth();
      if (type.equals("flow.join")) {
        if (depth == 0) {
          return visit.id();
        }
        depth--;
      } else if (type.equals("flow.parallel")) {
        depth++;
      }
      for (Edge e : edgesFrom(visit.id())) {
        queue.add(new Visit(e.to(), depth));
      }
    }
    return null;
  }

  /**
   * One step of an automation. {@code params} is the JSON the node type's schema describes; strings
   * in it may hold {@code {{ expressions }}}.
   */
  public record Node(
      String id,
      String type,
      String name,
      Map<String, Object> params,
      Retry retry,
      List<Double> position) {
    public Node {
      params = params == null ? Map.of() : params;
    }

    public String label() {
      return name == null || name.isBlank() ? id : name;
    }
  }

  /** A connection from a port of one node to the input of another. */
  public record Edge(String from, String to, String port) {
    public Edge {
      port = port == null || port.isBlank() ? Ports.OUT : port;
    }
  }

  /**
   * Per-node retry policy of side-effecting steps. Durations are ISO-8601 ({@code PT30S}).
   * Defaults: 3 attempts, 1 s initial backoff doubling up to 1 min, 30 s per attempt.
   */
  public record Retry(Integer maxAttempts, String backoff, String maxBackoff, String timeout) {}

  /**
   * Automation-wide settings: an error handler node run when a node fails without an error edge,
   * and for webhook triggers whether the caller waits for the result.
   */
  public record Settings(String errorHandler, Boolean respondToWebhook, String webhookTimeout) {
    public static final Settings DEFAULTS = new Settings(null, false, "PT10S");
  }
}
