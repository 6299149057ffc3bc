package com.mewayz.domain.automations;

import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.Expressions;
import com.mewayz.workflows.automations.Expressions.Reference;
import com.mewayz.workflows.automations.NodeTypes;
import com.mewayz.workflows.automations.Ports;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an automation graph before it is saved or published, reporting every problem with the node
 * or edge at fault: one trigger, known types, no dangling or duplicate edges, every node reachable,
 * no cycle except back into a loop, parameters valid against their type's schema, and expressions
 * that parse and only use data that exists upstream.
 */
public final class AutomationValidator {

  /** One problem: the node or edge at fault (one of them may be null), the field, the message. */
  public record Problem(String node, String edge, String field, String message) {
    static Problem ofNode(String node, String field, String message) {
      return new Problem(node, null, field, message);
    }

    static Problem ofEdge(Edge edge, String message) {
      return new Problem(null, edge.from() + "." + edge.port() + "->" + edge.to(), null, message);
    }

    static Problem ofGraph(String message) {
      return new Problem(null, null, null, message);
    }

    /** Where the problem is, e.g. {@code nodes.n2.params.duration} or {@code edges.n1.out->n2}. */
    public String path() {
      if (node != null) {
        return "nodes." + node + (field == null ? "" : "." + field);
      }
      if (edge != null) {
        return "edges." + edge;
      }
      return field == null ? "graph" : field;
    }
  }

  private AutomationValidator() {}

  public static List<Problem> validate(AutomationGraph graph) {
    List<Problem> problems = new ArrayList<>();
    if (GraphLimits.tooLarge(graph, problems)) {
      // The checks below walk paths between nodes; on a graph this size they would only burn CPU.
      return problems;
    }
    graph = GraphLimits.withoutIncompleteEdges(graph, problems);
    Map<String, Node> nodes = nodesById(graph, problems);
    List<Node> triggers =
        nodes.values().stream()
            .filter(n -> n.type() != null && n.type().startsWith("trigger."))
            .toList();
    if (triggers.size() != 1) {
      problems.add(
          Problem.ofGraph(
              "An automation needs exactly one trigger; this one has " + triggers.size()));
    }
    checkEdges(graph, nodes, problems);
    String handler = graph.settings().errorHandler();
    if (handler != null && !nodes.containsKey(handler)) {
      problems.add(
          new Problem(
              null, null, "settings.errorHandler", "No node " + handler + " to handle errors"));
    }
    if (!triggers.isEmpty()) {
      checkReachable(graph, nodes, triggers.get(0).id(), handler, problems);
    }
    checkCycles(graph, nodes, problems);
    checkParallels(graph, nodes, problems);
    AutomationGraph checked = graph;
    for (Node node : nodes.values()) {
      GraphLimits.checkRetry(node, problems);
      if (!GraphLimits.withinSize(node, problems)) {
        continue;
      }
      NodeTypes.find(node.type())
          .ifPresent(
              type -> {
                ParamsSchema.check(
                    type.paramsSchema(), node.params(), "params", node.id(), problems);
                checkExpressions(checked, nodes, node, problems);
              });
    }
    return problems;
  }

  private static Map<String, Node> nodesById(AutomationGraph graph, List<Problem> problems) {
    Map<String, Node> nodes = new HashMap<>();
    for (Node node : graph.nodes()) {
      if (node.id() == null || !node.id().matches("^[A-Za-z][A-Za-z0-9_-]{0,63}$")) {
        problems.add(
            Problem.ofNode(
                String.valueOf(node.id()),
                "id",
                "Node ids start with a letter and use letters, digits, _ and - (64 at most)"));
        continue;
      }
      if (nodes.put(node.id(), node) != null) {
        problems.add(Problem.ofNode(node.id(), "id", "Two nodes have the id " + node.id()));
      }
      if (node.type() == null || NodeTypes.find(node.type()).isEmpty()) {
        problems.add(
            Problem.ofNode(
                node.id(),
                "type",
                "Unknown node type '" + node.type() + "'; see GET /api/automations/node-types"));
      }
    }
    return nodes;
  }

  private static void checkEdges(
      AutomationGraph graph, Map<String, Node> nodes, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    Map<String, Integer> perPort = new HashMap<>();
    for (Edge edge : graph.edges()) {
      Node from = nodes.get(edge.from());
      Node to = nodes.get(edge.to());
      if (from == null || to == null) {
        problems.add(
            Problem.ofEdge(
                edge, "Dangling edge: no node " + (from == null ? edge.from() : edge.to())));
        continue;
      }
      if (!seen.add(edge.from() + "|" + edge.port() + "|" + edge.to())) {
        problems.add(Problem.ofEdge(edge, "Duplicate edge"));
      }
      if (edge.from().equals(edge.to())) {
        problems.add(Problem.ofEdge(edge, "A node cannot connect to itself"));
      }
      List<String> ports = NodeTypes.portsOf(from);
      if (NodeTypes.find(from.type()).isPresent() && !ports.contains(edge.port())) {
        problems.add(
            Problem.ofEdge(
                edge,
                "Node " + from.id() + " has no port '" + edge.port() + "'; its ports: " + ports));
      }
      if (to.type() != null && to.type().startsWith("trigger.")) {
        problems.add(Problem.ofEdge(edge, "Nothing may lead into the trigger"));
      }
      int count = perPort.merge(edge.from() + "|" + edge.port(), 1, Integer::sum);
      if (count == 2 && !"flow.parallel".equals(from.type())) {
        problems.add(
            Problem.ofEdge(
                edge,
                "Port '"
                    + edge.port()
                    + "' of "
                    + from.id()
                    + " has several edges; use a Parallel node to run branches side by side"));
      }
    }
  }

  private static void checkReachable(
      AutomationGraph graph,
      Map<String, Node> nodes,
      String trigger,
      String handler,
      List<Problem> problems) {
    Set<String> reached = reachableFrom(graph, trigger);
    if (handler != null && nodes.containsKey(handler)) {
      reached.addAll(reachableFrom(graph, handler));
    }
    for (String id : nodes.keySet()) {
      if (!reached.contains(id)) {
        problems.add(Problem.ofNode(id, null, "Not reachable from the trigger"));
      }
    }
  }

  static Set<String> reachableFrom(AutomationGraph graph, String start) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String id = queue.poll();
      if (reached.add(id)) {
        graph.edgesFrom(id).forEach(e -> queue.add(e.to()));
      }
    }
    return reached;
  }

  /** Every cycle must pass through a loop node: without the edges into loops, none may remain. */
  private static void checkCycles(
      AutomationGraph graph, Map<String, Node> nodes, List<Problem> problems) {
    Map<String, List<String>> next = new HashMap<>();
    for (Edge edge : graph.edges()) {
      Node to = nodes.get(edge.to());
      if (to != null && nodes.containsKey(edge.from()) && !"flow.loop".equals(to.type())) {
        next.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
      }
    }
    Map<String, Integer> state = new HashMap<>();
    for (String id : nodes.keySet()) {
      String cycleAt = findCycle(id, next, state);
      if (cycleAt != null) {
        problems.add(
            Problem.ofNode(
                cycleAt, null, "This node is in a cycle; repeat steps with a Loop node instead"));
        return;
      }
    }
  }

  private static String findCycle(
      String id, Map<String, List<String>> next, Map<String, Integer> state) {
    Integer s = state.get(id);
    if (s != null) {
      return s == 1 ? id : null;
    }
    state.put(id, 1);
    for (String to : next.getOrDefault(id, List.of())) {
      String found = findCycle(to, next, state);
      if (found != null) {
        return found;
      }
    }
    state.put(id, 2);
    return null;
  }

  private static void checkParallels(
      AutomationGraph graph, Map<String, Node> nodes, List<Problem> problems) {
    for (Node node : nodes.values()) {
      if (!"flow.parallel".equals(node.type())) {
        continue;
      }
      List<Edge> branches = graph.edgesFrom(node.id(), Ports.OUT);
      if (branches.size() < 2) {
        problems.add(
            Problem.ofNode(node.id(), null, "A Parallel node needs at least two branches"));
        continue;
      }
      String join = graph.joinOf(node.id());
      if (join == null) {
        problems.add(
            Problem.ofNode(node.id(), null, "The branches must meet again at a Join node"));
        continue;
      }
      for (Edge branch : branches) {
        if (!reachableFrom(graph, branch.to()).contains(join)) {
          problems.add(
              Problem.ofNode(
                  node.id(),
                  null,
                  "The branch starting at " + branch.to() + " never reaches the join " + join));
        }
      }
    }
  }

  private static void checkExpressions(
      AutomationGraph graph, Map<String, Node> nodes, Node node, List<Problem> problems) {
    List<Reference> references;
    try {
      references = Expressions.references(node.params());
    } catch (Expressions.ExpressionException e) {
      problems.add(Problem.ofNode(node.id(), "params", e.getMessage()));
      return;
    }
    if (references.isEmpty()) {
      return;
    }
    Set<String> upstream = upstreamOf(graph, node.id());
    for (Reference ref : references) {
      String key = ref.firstKey();
      switch (ref.root()) {
        case "nodes" -> {
          if (key == null || !upstream.contains(key) || !nodes.containsKey(key)) {
            problems.add(
                Problem.ofNode(
                    node.id(), "params", "{{ nodes." + key + " }} is not a step before this one"));
          }
        }
        case "vars" -> {
          if (key == null || !setUpstream(nodes, upstream, key)) {
            problems.add(
                Problem.ofNode(
                    node.id(),
                    "params",
                    "{{ vars." + key + " }} is not set by a Set variables step before this one"));
          }
        }
        case "loop" -> {
          if (upstream.stream()
              .noneMatch(
                  id -> "flow.loop".equals(nodes.get(id) == null ? null : nodes.get(id).type()))) {
            problems.add(
                Problem.ofNode(
                    node.id(), "params", "{{ loop.* }} is only available inside a loop"));
          }
        }
        case "error" -> {
          boolean afterError =
              graph.edges().stream()
                  .anyMatch(
                      e ->
                          e.port().equals(Ports.ERROR)
                              && (e.to().equals(node.id()) || upstream.contains(e.to())));
          boolean inHandler =
              graph.settings().errorHandler() != null
                  && reachableFrom(graph, graph.settings().errorHandler()).contains(node.id());
          if (!afterError && !inHandler) {
            problems.add(
                Problem.ofNode(
                    node.id(),
                    "params",
                    "{{ error.* }} is only available after an error port or in the error handler"));
          }
        }
        default -> {
          // trigger and run are always there
        }
      }
    }
  }

  private static boolean setUpstream(Map<String, Node> nodes, Set<String> upstream, String var) {
    for (String id : upstream) {
      Node n = nodes.get(id);
      if (n != null
          && "data.set".equals(n.type())
          && n.params().get("values") instanceof Map<?, ?> values
          && values.containsKey(var)) {
        return true;
      }
    }
    return false;
  }

  /** Nodes on some path to {@code id}, not counting {@code id} itself. */
  static Set<String> upstreamOf(AutomationGraph graph, String id) {
    Map<String, List<String>> previous = new HashMap<>();
    graph
        .edges()
        .forEach(e -> previous.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
    Set<String> found = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(previous.getOrDefault(id, List.of()));
    while (!queue.isEmpty()) {
      String current = queue.poll();
      if (found.add(current)) {
        queue.addAll(previous.getOrDefault(current, List.of()));
      }
    }
    found.remove(id);
    return found;
  }
}
