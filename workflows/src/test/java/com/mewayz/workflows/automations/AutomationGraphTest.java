package com.mewayz.workflows.automations;

import static com.mewayz.workflows.automations.Graphs.edge;
import static com.mewayz.workflows.automations.Graphs.email;
import static com.mewayz.workflows.automations.Graphs.graph;
import static com.mewayz.workflows.automations.Graphs.map;
import static com.mewayz.workflows.automations.Graphs.node;
import static com.mewayz.workflows.automations.Graphs.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a parallel's branches meet: the interpreter and the validator both ask the graph. */
class AutomationGraphTest {

  @Test
  void theJoinOfAParallelIsTheFirstJoinOnItsFirstBranch() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("p", "flow.parallel", map()),
                email("a", "a"),
                email("a2", "a2"),
                email("b", "b"),
                node("j", "flow.join", map()),
                node("j2", "flow.join", map())),
            List.of(
                edge("t", "p"),
                edge("p", "a"),
                edge("a", "a2"),
                edge("a2", "j"),
                edge("p", "b"),
                edge("b", "j"),
                edge("j", "j2")));

    assertThat(graph.joinOf("p")).isEqualTo("j");
  }

  @Test
  void aParallelNestedInABranchDoesNotLendItsJoinToTheOuterOne() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("outer", "flow.parallel", map()),
                node("inner", "flow.parallel", map()),
                email("x", "x"),
                email("y", "y"),
                node("inner-join", "flow.join", map()),
                email("z", "z"),
                node("outer-join", "flow.join", map())),
            List.of(
                edge("t", "outer"),
                edge("outer", "inner"),
                edge("inner", "x"),
                edge("inner", "y"),
                edge("x", "inner-join"),
                edge("y", "inner-join"),
                edge("inner-join", "outer-join"),
                edge("outer", "z"),
                edge("z", "outer-join")));

    assertThat(graph.joinOf("outer")).isEqualTo("outer-join");
    assertThat(graph.joinOf("inner")).isEqualTo("inner-join");
  }

  @Test
  void branchesThatNeverMeetHaveNoJoinEvenThroughCycles() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("p", "flow.parallel", map()),
                node("l", "flow.loop", map("items", "{{ trigger.items }}")),
                node("q", "flow.parallel", map()),
                email("b", "b")),
            List.of(
                edge("t", "p"),
                edge("p", "l"),
                edge("l", "q", Ports.ITEM),
                edge("q", "l"),
                edge("p", "b")));

    assertThat(graph.joinOf("p")).isNull();
    assertThat(graph.joinOf("b")).isNull();
  }
}
