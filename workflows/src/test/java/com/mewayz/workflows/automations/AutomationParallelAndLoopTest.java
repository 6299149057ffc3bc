package com.mewayz.workflows.automations;

import static com.mewayz.workflows.automations.Graphs.edge;
import static com.mewayz.workflows.automations.Graphs.email;
import static com.mewayz.workflows.automations.Graphs.graph;
import static com.mewayz.workflows.automations.Graphs.map;
import static com.mewayz.workflows.automations.Graphs.node;
import static com.mewayz.workflows.automations.Graphs.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import com.mewayz.workflows.automations.RunModel.Waiting;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parallel branches with their join, and loops. */
class AutomationParallelAndLoopTest extends AutomationWorkflowTestBase {

  /** p forks a slow branch (an hour's delay, then slow) and a fast one; both meet at j. */
  private static AutomationGraph fork(String joinMode) {
    return graph(
        List.of(
            trigger(),
            node("p", "flow.parallel", map()),
            node("wait", "wait.delay", map("duration", "PT1H")),
            email("slow", "slow"),
            email("fast", "fast"),
            node("j", "flow.join", map("mode", joinMode)),
            email("after", "after")),
        List.of(
            edge("t", "p"),
            edge("p", "wait"),
            edge("wait", "slow"),
            edge("slow", "j"),
            edge("p", "fast"),
            edge("fast", "j"),
            edge("j", "after")));
  }

  @Test
  void joinAllGoesOnOnceEveryBranchHasArrived() {
    AutomationWorkflow run = start("run-join-all", fork("all"), Map.of());

    env.sleep(Duration.ofMinutes(59));
    assertThat(sideEffects()).containsExactly("fast");
    RunState waiting = run.state();
    assertThat(waiting.status()).isEqualTo(RunStatus.WAITING);
    assertThat(waiting.activeNodes()).containsExactlyInAnyOrder("p", "wait");

    env.sleep(Duration.ofMinutes(2));
    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("fast", "slow", "after");
    RunState state = run.state();
    assertThat(path(state))
        .containsExactly(
            "t:out", "fast:out", "wait:out", "slow:out", "p:out", "j:out", "after:out");
    assertThat(state.nodes().get("p")).isEqualTo(Map.of("branches", 2));
  }

  @Test
  void joinAnyGoesOnWithTheFirstBranchAndCancelsTheSlowOne() {
    AutomationWorkflow run = start("run-join-any", fork("any"), Map.of());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    env.sleep(Duration.ofHours(2));
    assertThat(sideEffects()).containsExactly("fast", "after");
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "fast:out", "p:out", "j:out", "after:out");
    assertThat(state.waiting()).isEmpty();
    assertThat(state.activeNodes()).isEmpty();
    assertThat(statuses("run-join-any")).containsExactly(RunStatus.WAITING, RunStatus.COMPLETED);
  }

  @Test
  void joinAnyWonByATimerEndsTheLosingBranchsEventSubscription() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("p", "flow.parallel", map()),
                node("w", "wait.event", map("event", "order.paid", "key", "o-1")),
                email("paid", "paid"),
                node("d", "wait.delay", map("duration", "P3D")),
                node("j", "flow.join", map("mode", "any")),
                email("after", "after")),
            List.of(
                edge("t", "p"),
                edge("p", "w"),
                edge("w", "paid"),
                edge("paid", "j"),
                edge("p", "d"),
                edge("d", "j"),
                edge("j", "after")));

    AutomationWorkflow run = start("run-any-event", graph, Map.of());
    env.sleep(Duration.ofDays(2));
    assertThat(run.state().waiting())
        .extracting(Waiting::nodeId)
        .containsExactlyInAnyOrder("w", "d");
    verify(bookkeeping, never()).unsubscribe(any(), any());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("after");
    verify(bookkeeping).unsubscribe("run-any-event", "w");
    assertThat(path(run.state())).containsExactly("t:out", "d:out", "p:out", "j:out", "after:out");
  }

  @Test
  void endInsideABranchEndsTheRunWithItsOutputAndStopsTheOtherBranches() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("p", "flow.parallel", map()),
                node("wait", "wait.delay", map("duration", "PT1H")),
                email("slow", "slow"),
                node("end", "flow.end", map("output", map("winner", "{{ trigger.name }}"))),
                node("j", "flow.join", map("mode", "all")),
                email("after", "after")),
            List.of(
                edge("t", "p"),
                edge("p", "wait"),
                edge("wait", "slow"),
                edge("slow", "j"),
                edge("p", "end"),
                edge("j", "after")));

    AutomationWorkflow run = start("run-end-in-branch", graph, Map.of("name", "b"));

    RunResult result = result(run);
    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.output()).isEqualTo(Map.of("winner", "b"));
    env.sleep(Duration.ofHours(2));
    assertThat(sideEffects()).isEmpty();
    assertThat(run.state().output()).isEqualTo(Map.of("winner", "b"));
  }

  @Test
  void parallelWithoutAJoinRunsEachBranchOnce() {
    AutomationGraph graph =
        graph(
            List.of(trigger(), node("p", "flow.parallel", map()), email("a", "a"), email("b", "b")),
            List.of(edge("t", "p"), edge("p", "a"), edge("p", "b")));

    AutomationWorkflow run = start("run-no-join", graph, Map.of());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactlyInAnyOrder("a", "b");
    assertThat(stepRequests())
        .extracting(StepRequest::executionKey)
        .containsExactlyInAnyOrder("run-no-join:a:1", "run-no-join:b:1");
  }

  @Test
  void nestedParallelsEachWaitForTheirOwnJoin() {
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
                node("outer-join", "flow.join", map()),
                email("after", "after")),
            List.of(
                edge("t", "outer"),
                edge("outer", "inner"),
                edge("inner", "x"),
                edge("inner", "y"),
                edge("x", "inner-join"),
                edge("y", "inner-join"),
                edge("inner-join", "outer-join"),
                edge("outer", "z"),
                edge("z", "outer-join"),
                edge("outer-join", "after")));

    AutomationWorkflow run = start("run-nested", graph, Map.of());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactlyInAnyOrder("x", "y", "z", "after");
    assertThat(sideEffects().get(3)).isEqualTo("after");
    List<String> path = path(run.state());
    assertThat(path).containsOnlyOnce("inner-join:out", "outer-join:out", "after:out");
  }

  /** l goes through trigger.items: one mail per item, then end with the loop's summary. */
  private static AutomationGraph loop(Integer max) {
    Map<String, Object> params = map("items", "{{ trigger.items }}");
    if (max != null) {
      params.put("max", max);
    }
    return graph(
        List.of(
            trigger(),
            node("l", "flow.loop", params),
            node(
                "mail",
                "email.send",
                map(
                    "to",
                    "{{ loop.item.email }}",
                    "subject",
                    "#{{ loop.index }} for {{ loop.item.name ?? 'someone' }}",
                    "text",
                    "Item {{ nodes.l.index }}")),
            node(
                "end",
                "flow.end",
                map(
                    "output",
                    map("count", "{{ nodes.l.count }}", "truncated", "{{ nodes.l.truncated }}")))),
        List.of(
            edge("t", "l"),
            edge("l", "mail", Ports.ITEM),
            edge("mail", "l"),
            edge("l", "end", Ports.DONE)));
  }

  private static final Map<String, Object> THREE_PEOPLE =
      Map.of(
          "items",
          List.of(
              Map.of("email", "a@example.com", "name", "Ann"),
              Map.of("email", "b@example.com"),
              Map.of("email", "c@example.com", "name", "Cy")));

  @Test
  void loopRunsItsItemBranchOncePerItemThenLeavesThroughDone() {
    AutomationWorkflow run = start("run-loop", loop(null), THREE_PEOPLE);

    RunResult result = result(run);
    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.output()).isEqualTo(Map.of("count", 3, "truncated", false));
    assertThat(stepRequests())
        .extracting(StepRequest::executionKey, r -> r.params().get("to"), r -> r.params())
        .containsExactly(
            tuple(
                "run-loop:mail:1",
                "a@example.com",
                Map.of("to", "a@example.com", "subject", "#0 for Ann", "text", "Item 0")),
            tuple(
                "run-loop:mail:2",
                "b@example.com",
                Map.of("to", "b@example.com", "subject", "#1 for someone", "text", "Item 1")),
            tuple(
                "run-loop:mail:3",
                "c@example.com",
                Map.of("to", "c@example.com", "subject", "#2 for Cy", "text", "Item 2")));
    assertThat(path(run.state()))
        .containsExactly("t:out", "mail:out", "mail:out", "mail:out", "l:done", "end:null");
  }

  @Test
  void loopStopsAtItsMaxAndSaysTheListWasTruncated() {
    AutomationWorkflow run = start("run-loop-max", loop(2), THREE_PEOPLE);

    RunResult result = result(run);
    assertThat(result.output()).isEqualTo(Map.of("count", 2, "truncated", true));
    assertThat(stepRequests())
        .extracting(r -> r.params().get("to"))
        .containsExactly("a@example.com", "b@example.com");
  }

  @Test
  void loopOverSomethingThatIsNotAListFailsAsInvalidInput() {
    AutomationWorkflow run = start("run-loop-bad", loop(null), Map.of("items", "nope"));

    assertThat(failure(run).getCause().getMessage())
        .contains("Node l failed: items must resolve to a list, got \"nope\"");
    assertThat(sideEffects()).isEmpty();
  }
}
