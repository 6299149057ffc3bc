package com.mewayz.workflows.automations;

import static com.mewayz.workflows.automations.Graphs.edge;
import static com.mewayz.workflows.automations.Graphs.email;
import static com.mewayz.workflows.automations.Graphs.graph;
import static com.mewayz.workflows.automations.Graphs.map;
import static com.mewayz.workflows.automations.Graphs.node;
import static com.mewayz.workflows.automations.Graphs.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.workflows.automations.AutomationGraph.Retry;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Side-effecting steps are retried by their node's policy. */
class AutomationRetryTest extends AutomationWorkflowTestBase {

  private final AtomicInteger attempts = new AtomicInteger();
  private final AtomicInteger sent = new AtomicInteger();

  private static AutomationGraph mailThenTag(Retry retry) {
    return graph(
        List.of(
            trigger(),
            node(
                "mail",
                "email.send",
                map("to", "ada@example.com", "subject", "Hi", "text", "-"),
                retry),
            node("tag", "contact.tag", map("email", "ada@example.com", "add", List.of("mailed")))),
        List.of(edge("t", "mail"), edge("mail", "tag")));
  }

  @Test
  void aStepThatFailsTwiceThenSucceedsGoesOnAndShowsThreeAttempts() {
    behaviours.put(
        "mail",
        request -> {
          int attempt = attempts.incrementAndGet();
          if (attempt < 3) {
            throw new IllegalStateException("SMTP connection refused");
          }
          sent.incrementAndGet();
          return new StepOutcome(Map.of("messageId", "m-1"), attempt);
        });

    AutomationWorkflow run = start("run-retry", mailThenTag(null), Map.of());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("mail", "mail", "mail", "tag");
    // Every attempt carries the same key, so a retry after a crash cannot send twice.
    assertThat(stepRequests())
        .extracting(StepRequest::executionKey)
        .containsExactly(
            "run-retry:mail:1", "run-retry:mail:1", "run-retry:mail:1", "run-retry:tag:1");
    assertThat(sent).hasValue(1);
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "mail:out", "tag:out");
    assertThat(entry(state, "mail").attempts()).isEqualTo(3);
    assertThat(entry(state, "mail").output()).isEqualTo(Map.of("messageId", "m-1"));
    assertThat(statuses("run-retry")).containsExactly(RunStatus.COMPLETED);
  }

  @Test
  void aStepThatExhaustsItsRetryPolicyFailsTheRunNamingTheNode() {
    behaviours.put(
        "mail",
        request -> {
          attempts.incrementAndGet();
          throw new IllegalStateException("SMTP connection refused");
        });

    AutomationWorkflow run =
        start("run-retry-exhausted", mailThenTag(new Retry(2, "PT5S", "PT5S", "PT10S")), Map.of());

    assertThat(((ApplicationFailure) failure(run).getCause()).getOriginalMessage())
        .isEqualTo("Node mail failed: SMTP connection refused");
    assertThat(attempts).hasValue(2);
    assertThat(sideEffects()).containsExactly("mail", "mail");
    RunState state = run.state();
    assertThat(state.status()).isEqualTo(RunStatus.FAILED);
    assertThat(state.failedNode()).isEqualTo("mail");
    assertThat(path(state)).containsExactly("t:out", "mail:FAILED");
    assertThat(progress())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(RunStatus.FAILED);
              assertThat(p.currentNode()).isEqualTo("mail");
              assertThat(p.error()).isEqualTo("SMTP connection refused");
            });
  }

  @Test
  void invalidInputIsNotRetried() {
    behaviours.put(
        "mail",
        request -> {
          attempts.incrementAndGet();
          throw ApplicationFailure.newFailure("Bad address", "INVALID_INPUT");
        });

    AutomationWorkflow run = start("run-retry-invalid", mailThenTag(null), Map.of());

    assertThat(failure(run).getCause().getMessage()).contains("Node mail failed: Bad address");
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aMalformedRetryPolicyFailsTheStepWithoutCallingIt() {
    AutomationWorkflow run =
        start("run-retry-bad-policy", mailThenTag(new Retry(3, "soon", null, null)), Map.of());

    assertThat(failure(run).getCause().getMessage())
        .contains("Node mail failed: retry.backoff must be an ISO-8601 duration");
    assertThat(sideEffects()).isEmpty();
  }

  @Test
  void theSameStepVisitedTwiceGetsTwoExecutionKeys() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("l", "flow.loop", map("items", "{{ trigger.items }}")),
                email("mail", "{{ loop.item }}")),
            List.of(edge("t", "l"), edge("l", "mail", Ports.ITEM)));

    AutomationWorkflow run = start("run-visits", graph, Map.of("items", List.of("a", "b")));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(stepRequests())
        .extracting(StepRequest::executionKey)
        .containsExactly("run-visits:mail:1", "run-visits:mail:2");
  }
}
