package com.mewayz.workflows.automations;

import static com.mewayz.workflows.automations.Graphs.all;
import static com.mewayz.workflows.automations.Graphs.edge;
import static com.mewayz.workflows.automations.Graphs.email;
import static com.mewayz.workflows.automations.Graphs.graph;
import static com.mewayz.workflows.automations.Graphs.map;
import static com.mewayz.workflows.automations.Graphs.node;
import static com.mewayz.workflows.automations.Graphs.rule;
import static com.mewayz.workflows.automations.Graphs.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.workflows.automations.RunModel.NodeExecution;
import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Data, branching, end and fail steps, and side-effecting steps with their error port. */
class AutomationStepsTest extends AutomationWorkflowTestBase {

  @Test
  void setVariablesFeedsLaterStepsAndTheEndStepsOutputIsTheRunsOutput() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node(
                    "s",
                    "data.set",
                    map(
                        "values",
                        map("greeting", "Hi {{ trigger.name }}", "total", "{{ trigger.total }}"))),
                node(
                    "e",
                    "flow.end",
                    map(
                        "output",
                        map(
                            "message", "{{ vars.greeting }}",
                            "total", "{{ vars.total }}",
                            "fromNode", "{{ nodes.s.greeting }}")))),
            List.of(edge("t", "s"), edge("s", "e")));

    AutomationWorkflow run = start("run-set", graph, Map.of("name", "Ada", "total", 42));

    RunResult result = result(run);
    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.output())
        .isEqualTo(Map.of("message", "Hi Ada", "total", 42, "fromNode", "Hi Ada"));
    RunState state = run.state();
    assertThat(state.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(state.vars()).isEqualTo(Map.of("greeting", "Hi Ada", "total", 42));
    assertThat(path(state)).containsExactly("t:out", "s:out", "e:null");
    assertThat(entry(state, "s").output()).isEqualTo(Map.of("greeting", "Hi Ada", "total", 42));
    assertThat(sideEffects()).isEmpty();
    assertThat(progress())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(RunStatus.COMPLETED);
              assertThat(p.output()).isEqualTo(result.output());
              assertThat(p.version()).isEqualTo(1);
            });
  }

  @Test
  void ifLeavesThroughTrueWhenTheConditionHolds() {
    AutomationWorkflow run = start("run-if-true", ifGraph(), Map.of("total", 150));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("big");
    assertThat(path(run.state())).containsExactly("t:out", "c:true", "big:out");
  }

  @Test
  void ifLeavesThroughFalseWhenTheConditionFails() {
    AutomationWorkflow run = start("run-if-false", ifGraph(), Map.of("total", "99.5"));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("small");
    assertThat(path(run.state())).containsExactly("t:out", "c:false", "small:out");
  }

  private static AutomationGraph ifGraph() {
    return graph(
        List.of(
            trigger(),
            node("c", "flow.if", map("condition", all(rule("{{ trigger.total }}", "gt", 100)))),
            email("big", "Big order"),
            email("small", "Small order")),
        List.of(edge("t", "c"), edge("c", "big", Ports.TRUE), edge("c", "small", Ports.FALSE)));
  }

  @Test
  void switchLeavesThroughTheFirstMatchingCase() {
    AutomationWorkflow run = start("run-switch-us", switchGraph(), Map.of("country", "US"));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("ship-us");
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "sw:us", "ship-us:out");
    assertThat(state.nodes().get("sw")).isEqualTo(Map.of("case", "us"));
  }

  @Test
  void switchLeavesThroughDefaultWhenNoCaseMatches() {
    AutomationWorkflow run = start("run-switch-default", switchGraph(), Map.of("country", "JP"));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("ship-world");
    assertThat(path(run.state())).containsExactly("t:out", "sw:default", "ship-world:out");
  }

  private static AutomationGraph switchGraph() {
    return graph(
        List.of(
            trigger(),
            node(
                "sw",
                "flow.switch",
                map(
                    "cases",
                    List.of(
                        map(
                            "port",
                            "eu",
                            "condition",
                            all(rule("{{ trigger.country }}", "in", List.of("FR", "DE")))),
                        map(
                            "port",
                            "us",
                            "condition",
                            all(rule("{{ trigger.country }}", "eq", "US")))))),
            email("ship-eu", "EU"),
            email("ship-us", "US"),
            email("ship-world", "World")),
        List.of(
            edge("t", "sw"),
            edge("sw", "ship-eu", "eu"),
            edge("sw", "ship-us", "us"),
            edge("sw", "ship-world", Ports.DEFAULT)));
  }

  @Test
  void failEndsTheRunFailedWithoutTakingAnErrorPort() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("f", "flow.fail", map("message", "Out of stock: {{ trigger.sku }}")),
                email("rescue", "Should not run")),
            List.of(edge("t", "f"), edge("f", "rescue", Ports.ERROR)));

    AutomationWorkflow run = start("run-fail", graph, Map.of("sku", "A-1"));

    WorkflowFailedException failed = failure(run);
    assertThat(failed.getCause())
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            app -> {
              assertThat(app.getType()).isEqualTo("AutomationFailed");
              assertThat(app.getOriginalMessage()).isEqualTo("Node f failed: Out of stock: A-1");
              assertThat(app.isNonRetryable()).isTrue();
            });
    assertThat(sideEffects()).isEmpty();
    RunState state = run.state();
    assertThat(state.status()).isEqualTo(RunStatus.FAILED);
    assertThat(state.failedNode()).isEqualTo("f");
    assertThat(state.error()).isEqualTo("Out of stock: A-1");
    assertThat(path(state)).containsExactly("t:out", "f:FAILED");
    assertThat(progress())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(RunStatus.FAILED);
              assertThat(p.currentNode()).isEqualTo("f");
              assertThat(p.error()).isEqualTo("Out of stock: A-1");
            });
  }

  @Test
  void sideEffectGetsItsResolvedParamsAndAnExecutionKeyAndItsOutputFeedsLaterSteps() {
    behaviours.put(
        "mail", request -> new StepOutcome(Map.of("messageId", "msg-7", "status", "sent"), 1));
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node(
                    "mail",
                    "email.send",
                    map(
                        "to", "{{ trigger.email }}",
                        "subject", "Welcome {{ trigger.name ?? 'friend' }}",
                        "text", "Order {{ trigger.order.items[0].sku }}")),
                node(
                    "tag",
                    "contact.tag",
                    map(
                        "email",
                        "{{ trigger.email }}",
                        "add",
                        List.of("welcomed", "{{ nodes.mail.messageId }}")))),
            List.of(edge("t", "mail"), edge("mail", "tag")));

    AutomationWorkflow run =
        start(
            "run-mail",
            graph,
            Map.of(
                "email",
                "ada@example.com",
                "order",
                Map.of("items", List.of(Map.of("sku", "B7")))));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(stepRequests())
        .containsExactly(
            new StepRequest(
                "run-mail",
                "ws-1",
                "aut-1",
                "mail",
                "email.send",
                "run-mail:mail:1",
                Map.of("to", "ada@example.com", "subject", "Welcome friend", "text", "Order B7")),
            new StepRequest(
                "run-mail",
                "ws-1",
                "aut-1",
                "tag",
                "contact.tag",
                "run-mail:tag:1",
                Map.of("email", "ada@example.com", "add", List.of("welcomed", "msg-7"))));
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "mail:out", "tag:out");
    assertThat(state.nodes().get("mail")).isEqualTo(Map.of("messageId", "msg-7", "status", "sent"));
    assertThat(entry(state, "mail").attempts()).isEqualTo(1);
  }

  @Test
  void aStepWhoseActivityFailsNonRetryablyLeavesThroughItsErrorPortOnce() {
    behaviours.put(
        "call",
        request -> {
          throw ApplicationFailure.newNonRetryableFailure(
              "Private addresses are refused", "INVALID_INPUT");
        });
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("call", "http.request", map("method", "GET", "url", "http://10.0.0.1/x")),
                email("after", "Should not run"),
                email("report", "{{ error.node }} failed ({{ error.type }}): {{ error.message }}")),
            List.of(edge("t", "call"), edge("call", "after"), edge("call", "report", Ports.ERROR)));

    AutomationWorkflow run = start("run-error-port", graph, Map.of());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("call", "report");
    assertThat(stepRequests().get(1).params())
        .containsEntry("subject", "call failed (INVALID_INPUT): Private addresses are refused");
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "call:FAILED", "report:out");
    NodeExecution call = entry(state, "call");
    assertThat(call.port()).isEqualTo(Ports.ERROR);
    assertThat(call.error()).isEqualTo("Private addresses are refused");
    assertThat(progress()).extracting(RunProgress::status).containsExactly(RunStatus.COMPLETED);
  }

  @Test
  void theErrorHandlerRunsWhenAStepFailsWithoutAnErrorEdgeAndTheRunStillFails() {
    behaviours.put(
        "call",
        request -> {
          throw ApplicationFailure.newNonRetryableFailure("404 Not Found", "NOT_FOUND");
        });
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("call", "http.request", map("url", "https://example.com/x")),
                email("after", "Should not run"),
                email("handler", "Run {{ run.id }}: {{ error.node }} said {{ error.message }}")),
            List.of(edge("t", "call"), edge("call", "after")),
            "handler");

    AutomationWorkflow run = start("run-handler", graph, Map.of());

    WorkflowFailedException failed = failure(run);
    assertThat(((ApplicationFailure) failed.getCause()).getOriginalMessage())
        .isEqualTo("Node call failed: 404 Not Found");
    assertThat(sideEffects()).containsExactly("call", "handler");
    assertThat(stepRequests().get(1).params())
        .containsEntry("subject", "Run run-handler: call said 404 Not Found");
    RunState state = run.state();
    assertThat(state.status()).isEqualTo(RunStatus.FAILED);
    assertThat(state.failedNode()).isEqualTo("call");
    assertThat(path(state)).containsExactly("t:out", "call:FAILED", "handler:out");
    assertThat(progress())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(RunStatus.FAILED);
              assertThat(p.currentNode()).isEqualTo("call");
              assertThat(p.error()).isEqualTo("404 Not Found");
            });
  }

  @Test
  void aMalformedExpressionFailsItsStepAsInvalidInputThroughTheErrorPort() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("s", "data.set", map("values", map("x", "{{ secrets.key }}"))),
                node("why", "data.set", map("values", map("why", "{{ error.type }}")))),
            List.of(edge("t", "s"), edge("s", "why", Ports.ERROR)));

    AutomationWorkflow run = start("run-bad-expression", graph, Map.of());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "s:FAILED", "why:out");
    assertThat(entry(state, "s").error()).contains("Unknown root 'secrets'");
    assertThat(state.vars()).isEqualTo(Map.of("why", "INVALID_INPUT"));
    assertThat(sideEffects()).isEmpty();
  }

  @Test
  void anUnknownStepTypeFailsTheRunNamingTheNode() {
    AutomationGraph graph =
        graph(
            List.of(trigger(), node("x", "sms.send", map()), email("rescue", "no")),
            List.of(edge("t", "x"), edge("x", "rescue", Ports.ERROR)));

    AutomationWorkflow run = start("run-unknown", graph, Map.of());

    assertThat(((ApplicationFailure) failure(run).getCause()).getOriginalMessage())
        .isEqualTo("Node x failed: Unknown node type sms.send");
    assertThat(sideEffects()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"trigger.manual", "trigger.event", "trigger.webhook", "trigger.schedule"})
  void everyTriggerStartsTheRunAtItsOutEdgeWithTheInputAsItsOutput(String type) {
    AutomationGraph graph =
        graph(
            List.of(
                node("start", type, map()),
                node(
                    "upsert",
                    "contact.upsert",
                    map("email", "{{ trigger.email }}", "fields", map("from", type)))),
            List.of(edge("start", "upsert")));

    AutomationWorkflow run = start("run-" + type, graph, Map.of("email", "ada@example.com"));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(stepRequests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.nodeType()).isEqualTo("contact.upsert");
              assertThat(r.params())
                  .isEqualTo(Map.of("email", "ada@example.com", "fields", Map.of("from", type)));
            });
    NodeExecution start = entry(run.state(), "start");
    assertThat(start.type()).isEqualTo(type);
    assertThat(start.port()).isEqualTo(Ports.OUT);
    assertThat(start.output()).isEqualTo(Map.of("email", "ada@example.com"));
  }

  @Test
  void aRunWithoutStepsCompletesWithNoOutput() {
    AutomationWorkflow run = start("run-empty", graph(List.of(trigger()), List.of()), Map.of());

    RunResult result = result(run);
    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.output()).isNull();
    assertThat(path(run.state())).containsExactly("t:out");
  }
}
