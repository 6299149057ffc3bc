package com.mewayz.workflows.automations;

import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.AutomationGraph.Retry;
import com.mewayz.workflows.automations.AutomationGraph.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the graphs the interpreter tests run. */
final class Graphs {
  static final String TRIGGER = "t";

  private Graphs() {}

  static Node trigger() {
    return node(TRIGGER, "trigger.manual", Map.of());
  }

  static Node node(String id, String type, Map<String, Object> params) {
    return new Node(id, type, null, params, null, null);
  }

  static Node node(String id, String type, Map<String, Object> params, Retry retry) {
    return new Node(id, type, null, params, retry, null);
  }

  static Edge edge(String from, String to) {
    return new Edge(from, to, Ports.OUT);
  }

  static Edge edge(String from, String to, String port) {
    return new Edge(from, to, port);
  }

  static AutomationGraph graph(List<Node> nodes, List<Edge> edges) {
    return new AutomationGraph(nodes, edges, null);
  }

  static AutomationGraph graph(List<Node> nodes, List<Edge> edges, String errorHandler) {
    return new AutomationGraph(nodes, edges, new Settings(errorHandler, false, "PT10S"));
  }

  /** A side-effecting step the tests recognise by its subject. */
  static Node email(String id, String subject) {
    return node(id, "email.send", map("to", "ops@example.com", "subject", subject, "text", "-"));
  }

  static Map<String, Object> rule(String field, String operator, Object value) {
    return map("field", field, "operator", operator, "value", value);
  }

  static Map<String, Object> all(Object... rules) {
    return map("match", "all", "rules", List.of(rules));
  }

  static Map<String, Object> any(Object... rules) {
    return map("match", "any", "rules", List.of(rules));
  }

  /** An ordered map that, unlike {@code Map.of}, keeps nulls and the order written. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
