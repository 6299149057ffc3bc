package com.mewayz.domain.automations;

import static com.mewayz.domain.automations.GeneratedGraphs.map;
import static com.mewayz.domain.automations.GeneratedGraphs.node;
import static com.mewayz.domain.automations.GeneratedGraphs.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.domain.automations.AutomationValidator.Problem;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.AutomationGraph.Retry;
import com.mewayz.workflows.automations.AutomationGraph.Settings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds the property tests led to, one example each. */
class AutomationValidatorLimitsTest {
  private static final Node TRIGGER = node("t", "trigger.manual", map());

  private static List<String> paths(AutomationGraph graph) {
    return AutomationValidator.validate(graph).stream().map(Problem::path).toList();
  }

  @Test
  void anEdgeWithoutAnEndIsReportedByItsIndexInsteadOfBreakingTheWalks() {
    AutomationGraph graph =
        new AutomationGraph(
            List.of(TRIGGER, step("a")),
            List.of(
                new Edge("t", "a", "out"),
                new Edge("a", null, "error"),
                new Edge(null, "a", "out")),
            null);

    assertThat(paths(graph)).contains("edges[1]", "edges[2]");
  }

  @Test
  void tooManyNodesAndEdgesAreRefusedWithoutWalkingThem() {
    List<Node> nodes = new ArrayList<>(List.of(TRIGGER));
    List<Edge> edges = new ArrayList<>();
    String previous = "t";
    for (int i = 0; i < 20_000; i++) {
      nodes.add(step("n" + i));
      edges.add(new Edge(previous, "n" + i, "out"));
      previous = "n" + i;
    }

    assertThat(paths(new AutomationGraph(nodes, edges, null))).containsExactly("nodes", "edges");
  }

  @Test
  void hugeTextsDeepParametersAndLongNamesAreRefused() {
    Object deep = "x";
    for (int i = 0; i < 40; i++) {
      deep = List.of(deep);
    }
    Node huge =
        new Node(
            "huge",
            "email.send",
            "n".repeat(201),
            map("to", "a@b.c", "subject", "s", "text", "x".repeat(70_000)),
            null,
            null);
    Node nested = node("nested", "data.set", map("values", map("v", deep)));
    AutomationGraph graph =
        new AutomationGraph(
            List.of(TRIGGER, huge, nested),
            List.of(new Edge("t", "huge", "out"), new Edge("huge", "nested", "out")),
            null);

    assertThat(paths(graph))
        .contains("nodes.huge.name", "nodes.huge.params.text")
        .anyMatch(p -> p.startsWith("nodes.nested.params.values.v["));
  }

  @Test
  void retryPoliciesTemporalCannotUseAreRefused() {
    Node retrying =
        new Node(
            "a",
            "email.send",
            null,
            map("to", "a@b.c", "subject", "s", "text", "t"),
            new Retry(0, "soon", "PT-1S", "PT0S"),
            null);
    AutomationGraph graph =
        new AutomationGraph(List.of(TRIGGER, retrying), List.of(new Edge("t", "a", "out")), null);

    assertThat(paths(graph))
        .containsExactlyInAnyOrder(
            "nodes.a.retry.maxAttempts",
            "nodes.a.retry.backoff",
            "nodes.a.retry.maxBackoff",
            "nodes.a.retry.timeout");
  }

  @Test
  void anUnknownErrorHandlerIsNamedByItsField() {
    AutomationGraph graph =
        new AutomationGraph(
            List.of(TRIGGER, step("a")),
            List.of(new Edge("t", "a", "out")),
            new Settings("nobody", false, "PT10S"));

    assertThat(paths(graph)).containsExactly("settings.errorHandler");
  }
}
