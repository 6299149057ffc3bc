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
import static org.mockito.Mockito.when;

import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Long runs continue as new, and each run keeps the graph it started with. */
class AutomationLongRunTest extends AutomationWorkflowTestBase {

  @Test
  void aLongLoopContinuesAsNewWithoutLosingDataOrItsPlace() {
    List<String> items = IntStream.range(0, 300).mapToObj(i -> "item-" + i).toList();
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("s", "data.set", map("values", map("campaign", "{{ trigger.campaign }}"))),
                node("l", "flow.loop", map("items", "{{ trigger.items }}")),
                node(
                    "mail",
                    "email.send",
                    map(
                        "to", "{{ loop.item }}",
                        "subject", "{{ vars.campaign }} #{{ loop.index }}",
                        "text", "{{ nodes.s.campaign }}")),
                node(
                    "e",
                    "flow.end",
                    map(
                        "output",
                        map(
                            "count", "{{ nodes.l.count }}",
                            "campaign", "{{ vars.campaign }}",
                            "lastMail", "{{ nodes.mail.done }}")))),
            List.of(
                edge("t", "s"),
                edge("s", "l"),
                edge("l", "mail", Ports.ITEM),
                edge("mail", "l"),
                edge("l", "e", Ports.DONE)));
    RunRequest request =
        new RunRequest(
            "run-long",
            "ws-1",
            "aut-1",
            1,
            "manual",
            graph,
            Map.of("campaign", "Spring", "items", items),
            null,
            50);

    AutomationWorkflow run = start(request);

    RunResult result = result(run);
    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.output())
        .isEqualTo(Map.of("count", 300, "campaign", "Spring", "lastMail", "mail"));
    List<StepRequest> mails = stepRequests();
    assertThat(mails).hasSize(300);
    assertThat(mails)
        .extracting(StepRequest::executionKey)
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 300).mapToObj(i -> "run-long:mail:" + i).toList());
    assertThat(mails).extracting(m -> m.params().get("to")).containsExactlyElementsOf(items);
    assertThat(mails)
        .extracting(m -> m.params().get("subject"))
        .containsExactlyElementsOf(IntStream.range(0, 300).mapToObj(i -> "Spring #" + i).toList());
    assertThat(mails).extracting(m -> m.params().get("text")).containsOnly("Spring");

    // It did continue as new, more than once, and each run stayed near its budget.
    HistoryEvent first = client.fetchHistory("run-long").getEvents().get(0);
    assertThat(first.getWorkflowExecutionStartedEventAttributes().getContinuedExecutionRunId())
        .isNotEmpty();
    assertThat(client.fetchHistory("run-long").getEvents().size()).isLessThan(260);
    assertThat(continuations("run-long")).isGreaterThan(3);

    RunState state = run.state();
    assertThat(state.timeline().stream().filter(e -> e.nodeId().equals("mail"))).hasSize(300);
    assertThat(path(state).subList(0, 3)).containsExactly("t:out", "s:out", "mail:out");
    assertThat(statuses("run-long")).containsExactly(RunStatus.COMPLETED);
  }

  @Test
  void anErrorPathThatContinuesAsNewStillSeesTheError() {
    behaviours.put(
        "call",
        request -> {
          throw ApplicationFailure.newNonRetryableFailure("Gateway down", "UNAVAILABLE");
        });
    List<Integer> items = IntStream.range(0, 120).boxed().toList();
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("call", "http.request", map("url", "https://example.com")),
                node("l", "flow.loop", map("items", "{{ trigger.items }}")),
                email("mail", "{{ error.node }}: {{ error.message }}"),
                node("e", "flow.end", map("output", map("error", "{{ error.message }}")))),
            List.of(
                edge("t", "call"),
                edge("call", "l", Ports.ERROR),
                edge("l", "mail", Ports.ITEM),
                edge("mail", "l"),
                edge("l", "e", Ports.DONE)));

    AutomationWorkflow run =
        start(
            new RunRequest(
                "run-long-error",
                "ws-1",
                "aut-1",
                1,
                "manual",
                graph,
                Map.of("items", items),
                null,
                40));

    RunResult result = result(run);
    assertThat(continuations("run-long-error")).isPositive();
    assertThat(result.output()).isEqualTo(Map.of("error", "Gateway down"));
    assertThat(stepRequests())
        .filteredOn(r -> r.nodeId().equals("mail"))
        .hasSize(120)
        .extracting(r -> r.params().get("subject"))
        .containsOnly("call: Gateway down");
  }

  @Test
  void anEventTakenBeforeContinuingAsNewIsNotTakenAgainAfter() {
    when(bookkeeping.subscribe(any()))
        .thenReturn(new EventDelivery("ev-1", "order.paid", "o-1", Map.of()));
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("paid", "wait.event", map("event", "order.paid", "key", "o-1")),
                node("l", "flow.loop", map("items", "{{ trigger.items }}")),
                email("mail", "{{ loop.item }}"),
                node(
                    "paid-again",
                    "wait.event",
                    map("event", "order.paid", "key", "o-1", "timeout", "PT1H")),
                email("twice", "paid twice"),
                email("once", "paid once")),
            List.of(
                edge("t", "paid"),
                edge("paid", "l"),
                edge("l", "mail", Ports.ITEM),
                edge("mail", "l"),
                edge("l", "paid-again", Ports.DONE),
                edge("paid-again", "twice"),
                edge("paid-again", "once", Ports.TIMEOUT)));

    AutomationWorkflow run =
        start(
            new RunRequest(
                "run-long-event",
                "ws-1",
                "aut-1",
                1,
                "manual",
                graph,
                Map.of("items", IntStream.range(0, 100).boxed().toList()),
                null,
                200));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(continuations("run-long-event")).isPositive();
    assertThat(sideEffects()).endsWith("once").doesNotContain("twice");
  }

  @Test
  void aRetriedRunStartsAtTheFailedNodeWithTheDataItHad() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("s", "data.set", map("values", map("coupon", "{{ trigger.coupon }}"))),
                node(
                    "mail",
                    "email.send",
                    map(
                        "to",
                        "{{ trigger.email }}",
                        "subject",
                        "{{ vars.coupon }}",
                        "text",
                        "{{ nodes.s.coupon }}")),
                node(
                    "tag",
                    "contact.upsert",
                    map("email", "{{ trigger.email }}", "firstName", "Ada"))),
            List.of(edge("t", "s"), edge("s", "mail"), edge("mail", "tag")));
    RunModel.Resume resume =
        new RunModel.Resume(
            "mail",
            Map.of("coupon", "SPRING"),
            Map.of("s", Map.of("coupon", "SPRING")),
            Map.of(),
            Map.of(),
            List.of(),
            List.of(),
            START.toEpochMilli());

    AutomationWorkflow run =
        start(
            new RunRequest(
                "run-x.retry1",
                "ws-1",
                "aut-1",
                1,
                "manual",
                graph,
                Map.of("email", "ada@example.com", "coupon", "IGNORED"),
                resume,
                null));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(stepRequests())
        .extracting(StepRequest::nodeId, StepRequest::executionKey, StepRequest::params)
        .containsExactly(
            tuple(
                "mail",
                "run-x.retry1:mail:1",
                Map.of("to", "ada@example.com", "subject", "SPRING", "text", "SPRING")),
            tuple(
                "tag",
                "run-x.retry1:tag:1",
                Map.of("email", "ada@example.com", "firstName", "Ada")));
    RunState state = run.state();
    assertThat(path(state)).containsExactly("mail:out", "tag:out");
    assertThat(state.vars()).isEqualTo(Map.of("coupon", "SPRING"));
  }

  private int continuations(String runId) {
    int count = 0;
    String previous =
        client
            .fetchHistory(runId)
            .getEvents()
            .get(0)
            .getWorkflowExecutionStartedEventAttributes()
            .getContinuedExecutionRunId();
    while (!previous.isEmpty()) {
      count++;
      previous =
          client
              .fetchHistory(runId, previous)
              .getEvents()
              .get(0)
              .getWorkflowExecutionStartedEventAttributes()
              .getContinuedExecutionRunId();
    }
    return count;
  }

  @Test
  void twoVersionsStartedSideBySideEachFollowTheGraphTheyStartedWith() {
    AutomationGraph v1 =
        graph(
            List.of(
                trigger(),
                node("d", "wait.delay", map("duration", "PT1H")),
                email("mail", "Welcome (v1)")),
            List.of(edge("t", "d"), edge("d", "mail")));
    AutomationGraph v2 =
        graph(
            List.of(
                trigger(),
                node("d", "wait.delay", map("duration", "PT1H")),
                node(
                    "tag",
                    "contact.tag",
                    map("email", "{{ trigger.email }}", "add", List.of("v2")))),
            List.of(edge("t", "d"), edge("d", "tag")));

    AutomationWorkflow first =
        start(new RunRequest("run-v1", "ws-1", "aut-1", 1, "manual", v1, Map.of("email", "a@x")));
    AutomationWorkflow second =
        start(new RunRequest("run-v2", "ws-1", "aut-1", 2, "manual", v2, Map.of("email", "b@x")));
    env.sleep(Duration.ofMinutes(30));
    assertThat(sideEffects()).isEmpty();

    assertThat(result(first).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result(second).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(stepRequests())
        .extracting(StepRequest::runId, StepRequest::nodeType, StepRequest::params)
        .containsExactlyInAnyOrder(
            tuple(
                "run-v1",
                "email.send",
                Map.of("to", "ops@example.com", "subject", "Welcome (v1)", "text", "-")),
            tuple("run-v2", "contact.tag", Map.of("email", "b@x", "add", List.of("v2"))));
    assertThat(progress())
        .filteredOn(p -> RunStatus.COMPLETED.equals(p.status()))
        .extracting(p -> p.runId() + "@" + p.version())
        .containsExactlyInAnyOrder("run-v1@1", "run-v2@2");
  }
}
