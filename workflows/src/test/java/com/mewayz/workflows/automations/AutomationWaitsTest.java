package com.mewayz.workflows.automations;

import static com.mewayz.workflows.automations.Graphs.edge;
import static com.mewayz.workflows.automations.Graphs.email;
import static com.mewayz.workflows.automations.Graphs.graph;
import static com.mewayz.workflows.automations.Graphs.map;
import static com.mewayz.workflows.automations.Graphs.node;
import static com.mewayz.workflows.automations.Graphs.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mewayz.workflows.automations.RunModel.ApprovalDecision;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import com.mewayz.workflows.automations.RunModel.WaitRegistration;
import com.mewayz.workflows.automations.RunModel.Waiting;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.CanceledFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Delays, moments, events and approvals: what a run waits for and where it goes on. */
class AutomationWaitsTest extends AutomationWorkflowTestBase {

  @Test
  void delayWaitsForItsDurationThenGoesOn() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("d", "wait.delay", map("duration", "PT2H")),
                email("mail", "later")),
            List.of(edge("t", "d"), edge("d", "mail")));

    AutomationWorkflow run = start("run-delay", graph, Map.of());

    env.sleep(Duration.ofMinutes(119));
    RunState state = run.state();
    assertThat(state.status()).isEqualTo(RunStatus.WAITING);
    Waiting waiting = state.waiting().get(0);
    assertThat(waiting.nodeId()).isEqualTo("d");
    assertThat(waiting.kind()).isEqualTo("delay");
    assertThat(waiting.detail()).isEqualTo("PT2H");
    long started = entry(state, "t").startedAt();
    assertThat(waiting.until()).isEqualTo(started + Duration.ofHours(2).toMillis());
    assertThat(sideEffects()).isEmpty();
    assertThat(statuses("run-delay")).containsExactly(RunStatus.WAITING);

    env.sleep(Duration.ofMinutes(2));
    assertThat(sideEffects()).containsExactly("mail");
    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(statuses("run-delay"))
        .containsExactly(RunStatus.WAITING, RunStatus.RUNNING, RunStatus.COMPLETED);
    assertThat(progress().get(0).currentNode()).isEqualTo("d");
  }

  private static AutomationGraph until(String at, String timeZone, String offset) {
    return graph(
        List.of(
            trigger(),
            node("u", "wait.until", map("at", at, "timeZone", timeZone, "offset", offset)),
            email("mail", "on time")),
        List.of(edge("t", "u"), edge("u", "mail")));
  }

  @Test
  void untilAnInstantWaitsUntilExactlyThatInstant() {
    Instant at = Instant.parse("2026-03-21T09:00:00Z");
    AutomationWorkflow run =
        start("run-until", until("{{ trigger.at }}", null, null), Map.of("at", at.toString()));

    env.sleep(Duration.ofMinutes(1));
    assertThat(run.state().waiting())
        .containsExactly(new Waiting("u", "until", at.toString(), at.toEpochMilli()));
    sleepUntil(at.minusSeconds(30));
    assertThat(sideEffects()).isEmpty();

    sleepUntil(at.plusSeconds(30));
    assertThat(sideEffects()).containsExactly("mail");
    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(entry(run.state(), "u").output()).isEqualTo(Map.of("at", "2026-03-21T09:00:00Z"));
  }

  @Test
  void untilADayBeforeALocalTimeCountsCalendarDaysAcrossTheDstChange() {
    // Paris moves to summer time on 29 March 2026: 09:00 the day before is 08:00Z, not the 07:00Z
    // that 24 hours before 09:00+02:00 would give.
    Instant expected = Instant.parse("2026-03-28T08:00:00Z");
    AutomationWorkflow run =
        start("run-until-dst", until("2026-03-29T09:00", "Europe/Paris", "-P1D"), Map.of());

    env.sleep(Duration.ofMinutes(1));
    assertThat(run.state().waiting().get(0).until()).isEqualTo(expected.toEpochMilli());
    sleepUntil(expected.minusSeconds(60));
    assertThat(sideEffects()).isEmpty();

    sleepUntil(expected.plusSeconds(60));
    assertThat(sideEffects()).containsExactly("mail");
    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(entry(run.state(), "u").output()).isEqualTo(Map.of("at", expected.toString()));
  }

  @Test
  void untilAMomentInThePastGoesOnAtOnce() {
    AutomationWorkflow run =
        start("run-until-past", until("2026-01-01T00:00:00Z", null, null), Map.of());

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("mail");
    assertThat(statuses("run-until-past")).containsExactly(RunStatus.COMPLETED);
    assertThat(timersStarted("run-until-past")).isZero();
  }

  @Test
  void untilWithAnUnreadableMomentFailsTheStep() {
    AutomationWorkflow run = start("run-until-bad", until("next tuesday", null, null), Map.of());

    assertThat(failure(run).getCause().getMessage())
        .contains("Node u failed: at must be a date-time such as 2026-05-01T09:00");
    assertThat(sideEffects()).isEmpty();
  }

  private static AutomationGraph eventGraph() {
    return graph(
        List.of(
            trigger(),
            node(
                "w",
                "wait.event",
                map("event", "order.paid", "key", "{{ trigger.orderId }}", "timeout", "P1D")),
            email("paid", "Paid {{ nodes.w.payload.amount }}"),
            email("unpaid", "Not paid")),
        List.of(edge("t", "w"), edge("w", "paid"), edge("w", "unpaid", Ports.TIMEOUT)));
  }

  @Test
  void eventDeliveredBySignalLeavesThroughOutWithItsPayload() {
    AutomationWorkflow run = start("run-event", eventGraph(), Map.of("orderId", "o-1"));

    env.sleep(Duration.ofHours(1));
    RunState waiting = run.state();
    assertThat(waiting.status()).isEqualTo(RunStatus.WAITING);
    assertThat(waiting.waiting().get(0).kind()).isEqualTo("event");
    assertThat(waiting.waiting().get(0).detail()).isEqualTo("order.paid for o-1");
    long started = entry(waiting, "t").startedAt();
    verify(bookkeeping)
        .subscribe(
            new WaitRegistration(
                "run-event", "ws-1", "w", "order.paid", "o-1", started, java.util.List.of()));

    // Another order's payment and another event type do not count.
    run.deliver(new EventDelivery("ev-1", "order.paid", "o-2", Map.of("amount", 5)));
    run.deliver(new EventDelivery("ev-2", "order.shipped", "o-1", Map.of()));
    env.sleep(Duration.ofMinutes(1));
    assertThat(run.state().status()).isEqualTo(RunStatus.WAITING);

    run.deliver(new EventDelivery("ev-3", "order.paid", "o-1", Map.of("amount", 120)));
    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("paid");
    assertThat(stepRequests().get(0).params()).containsEntry("subject", "Paid 120");
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "w:out", "paid:out");
    assertThat(state.nodes().get("w"))
        .isEqualTo(
            Map.of(
                "eventId",
                "ev-3",
                "type",
                "order.paid",
                "key",
                "o-1",
                "payload",
                Map.of("amount", 120)));
    verify(bookkeeping).unsubscribe("run-event", "w");
  }

  @Test
  void eventThatArrivedBeforeTheStepIsTakenWithoutWaiting() {
    when(bookkeeping.subscribe(any()))
        .thenReturn(new EventDelivery("ev-9", "order.paid", "o-1", Map.of("amount", 30)));

    AutomationWorkflow run = start("run-event-early", eventGraph(), Map.of("orderId", "o-1"));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("paid");
    assertThat(stepRequests().get(0).params()).containsEntry("subject", "Paid 30");
    assertThat(path(run.state())).containsExactly("t:out", "w:out", "paid:out");
    assertThat(statuses("run-event-early")).containsExactly(RunStatus.COMPLETED);
    assertThat(timersStarted("run-event-early")).isZero();
    verify(bookkeeping).unsubscribe("run-event-early", "w");
  }

  @Test
  void anEventAlreadyTakenIsIgnoredWhenItComesAgainByLookupOrSignal() {
    // The lookup returns the first matching event since the run started, for every wait.
    when(bookkeeping.subscribe(any()))
        .thenReturn(new EventDelivery("ev-1", "form.submitted", "f-1", Map.of("n", 1)));
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                node("first", "wait.event", map("event", "form.submitted", "key", "f-1")),
                email("got-first", "first {{ nodes.first.payload.n }}"),
                node(
                    "second",
                    "wait.event",
                    map("event", "form.submitted", "key", "f-1", "timeout", "P1D")),
                email("got-second", "second {{ nodes.second.payload.n }}"),
                email("late", "late")),
            List.of(
                edge("t", "first"),
                edge("first", "got-first"),
                edge("got-first", "second"),
                edge("second", "got-second"),
                edge("second", "late", Ports.TIMEOUT)));

    AutomationWorkflow run = start("run-event-twice", graph, Map.of());
    env.sleep(Duration.ofHours(1));
    run.deliver(new EventDelivery("ev-1", "form.submitted", "f-1", Map.of("n", 1)));
    env.sleep(Duration.ofHours(1));
    assertThat(sideEffects()).containsExactly("got-first");
    assertThat(run.state().waiting()).extracting(Waiting::nodeId).containsExactly("second");

    run.deliver(new EventDelivery("ev-2", "form.submitted", "f-1", Map.of("n", 2)));

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(stepRequests())
        .extracting(r -> r.params().get("subject"))
        .containsExactly("first 1", "second 2");
  }

  @Test
  void eventThatNeverComesLeavesThroughTimeout() {
    AutomationWorkflow run = start("run-event-timeout", eventGraph(), Map.of("orderId", "o-1"));

    env.sleep(Duration.ofHours(23));
    assertThat(sideEffects()).isEmpty();
    env.sleep(Duration.ofHours(2));
    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("unpaid");
    assertThat(path(run.state())).containsExactly("t:out", "w:timeout", "unpaid:out");
    verify(bookkeeping).unsubscribe("run-event-timeout", "w");
  }

  private static AutomationGraph approvalGraph() {
    return graph(
        List.of(
            trigger(),
            node("d", "wait.delay", map("duration", "PT1H")),
            node(
                "a",
                "approval.request",
                map("message", "Refund {{ trigger.amount }}?", "timeout", "P3D")),
            email("refund", "Refund approved by {{ nodes.a.by }}"),
            email("refuse", "Refund rejected: {{ nodes.a.comment }}"),
            email("remind", "Nobody decided")),
        List.of(
            edge("t", "d"),
            edge("d", "a"),
            edge("a", "refund", Ports.APPROVED),
            edge("a", "refuse", Ports.REJECTED),
            edge("a", "remind", Ports.TIMEOUT)));
  }

  @Test
  void approvedDecisionLeavesThroughApproved() {
    AutomationWorkflow run = start("run-approve", approvalGraph(), Map.of("amount", 120));

    env.sleep(Duration.ofHours(2));
    RunState waiting = run.state();
    assertThat(waiting.status()).isEqualTo(RunStatus.WAITING);
    assertThat(waiting.waiting())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.nodeId()).isEqualTo("a");
              assertThat(w.kind()).isEqualTo("approval");
              assertThat(w.detail()).isEqualTo("Refund 120?");
            });

    assertThat(run.decide(new ApprovalDecision("a", true, "boss@example.com", "fine")))
        .isEqualTo(Ports.APPROVED);

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("refund");
    assertThat(stepRequests().get(0).params())
        .containsEntry("subject", "Refund approved by boss@example.com");
    RunState state = run.state();
    assertThat(path(state)).containsExactly("t:out", "d:out", "a:approved", "refund:out");
    assertThat(state.nodes().get("a"))
        .isEqualTo(Map.of("approved", true, "by", "boss@example.com", "comment", "fine"));
  }

  @Test
  void rejectedDecisionLeavesThroughRejected() {
    AutomationWorkflow run = start("run-reject", approvalGraph(), Map.of("amount", 120));
    env.sleep(Duration.ofHours(2));

    assertThat(run.decide(new ApprovalDecision("a", false, "boss@example.com", "too much")))
        .isEqualTo(Ports.REJECTED);

    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("refuse");
    assertThat(stepRequests().get(0).params())
        .containsEntry("subject", "Refund rejected: too much");
    assertThat(path(run.state())).containsExactly("t:out", "d:out", "a:rejected", "refuse:out");
  }

  @Test
  void approvalNobodyDecidesLeavesThroughTimeout() {
    AutomationWorkflow run = start("run-approval-timeout", approvalGraph(), Map.of("amount", 1));

    env.sleep(Duration.ofDays(3));
    assertThat(sideEffects()).isEmpty();
    env.sleep(Duration.ofHours(2));
    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("remind");
    assertThat(path(run.state())).containsExactly("t:out", "d:out", "a:timeout", "remind:out");
  }

  @Test
  void decisionForANodeThatIsNotWaitingIsRefusedBeforeEnteringHistory() {
    AutomationWorkflow run = start("run-approval-early", approvalGraph(), Map.of("amount", 1));
    env.sleep(Duration.ofMinutes(10));

    // Still in the delay before the approval step.
    assertThatThrownBy(() -> run.decide(new ApprovalDecision("a", true, "boss", null)))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("No approval is waiting at node a in this run");
    env.sleep(Duration.ofHours(1));
    assertThatThrownBy(() -> run.decide(new ApprovalDecision("refund", true, "boss", null)))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("No approval is waiting at node refund in this run");
    assertThatThrownBy(() -> run.decide(new ApprovalDecision(null, true, "boss", null)))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("nodeId is required");
    assertThat(run.state().waiting()).extracting(Waiting::nodeId).containsExactly("a");
    assertThat(updatesAccepted("run-approval-early")).isZero();

    assertThat(run.decide(new ApprovalDecision("a", true, "boss", null))).isEqualTo(Ports.APPROVED);
    assertThat(result(run).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(sideEffects()).containsExactly("refund");
  }

  @Test
  void twoDecisionsSentAtOnceOneWinsAndTheOtherIsRefused() throws Exception {
    AutomationWorkflow run = start("run-approval-race", approvalGraph(), Map.of("amount", 1));
    env.sleep(Duration.ofHours(2));
    assertThat(run.state().waiting()).extracting(Waiting::nodeId).containsExactly("a");

    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var approve = pool.submit(() -> run.decide(new ApprovalDecision("a", true, "ann", null)));
      var reject = pool.submit(() -> run.decide(new ApprovalDecision("a", false, "bob", null)));
      List<String> accepted = new java.util.ArrayList<>();
      for (var decision : List.of(approve, reject)) {
        try {
          accepted.add(decision.get());
        } catch (java.util.concurrent.ExecutionException refused) {
          // The loser is refused by the validator while the run is open, or finds it already
          // closed when the winner's decision finished it first; the API answers 409 to both.
          assertThat(refused.getCause())
              .isInstanceOfAny(WorkflowUpdateException.class, WorkflowNotFoundException.class);
        }
      }
      assertThat(accepted).hasSize(1);
      RunResult result = result(run);
      assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(path(run.state())).contains("a:" + accepted.get(0));
      // A decision landing while the winner's workflow task completes fails that task, so the
      // local step it ran may be asked for again: always under the same execution key, which the
      // step's activity dedupes on. Only one branch's email is ever asked for.
      String branch = accepted.get(0).equals(Ports.APPROVED) ? "refund" : "refuse";
      assertThat(stepRequests())
          .extracting(StepRequest::executionKey)
          .containsOnly("run-approval-race:" + branch + ":1");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cancellingAWaitingRunEndsItCancelledWithNoFurtherSideEffects() {
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                email("before", "before"),
                node("d", "wait.delay", map("duration", "P1D")),
                email("after", "after")),
            List.of(edge("t", "before"), edge("before", "d"), edge("d", "after")));
    AutomationWorkflow run = start("run-cancel", graph, Map.of());
    env.sleep(Duration.ofHours(1));

    WorkflowStub.fromTyped(run).cancel();

    assertThatThrownBy(() -> result(run)).hasCauseInstanceOf(CanceledFailure.class);
    env.sleep(Duration.ofDays(2));
    assertThat(sideEffects()).containsExactly("before");
    assertThat(statuses("run-cancel")).containsExactly(RunStatus.WAITING, RunStatus.CANCELLED);
    RunState state = run.state();
    assertThat(state.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(state.error()).isEqualTo("The run was cancelled");
    assertThat(state.waiting()).isEmpty();
    assertThat(path(state)).containsExactly("t:out", "before:out");
  }

  @Test
  void cancellingARunWaitingForAnEventEndsItsSubscription() {
    AutomationWorkflow run = start("run-cancel-event", eventGraph(), Map.of("orderId", "o-1"));
    env.sleep(Duration.ofHours(1));

    WorkflowStub.fromTyped(run).cancel();

    assertThatThrownBy(() -> result(run)).hasCauseInstanceOf(CanceledFailure.class);
    env.sleep(Duration.ofDays(2));
    assertThat(sideEffects()).isEmpty();
    assertThat(statuses("run-cancel-event"))
        .containsExactly(RunStatus.WAITING, RunStatus.CANCELLED);
    verify(bookkeeping).unsubscribe("run-cancel-event", "w");
  }

  @Test
  void cancellingARunDuringASideEffectDoesNotTakeTheErrorPort() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    behaviours.put(
        "call",
        request -> {
          started.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new StepOutcome(Map.of(), 1);
        });
    AutomationGraph graph =
        graph(
            List.of(
                trigger(),
                // A step with a long timeout runs as a regular activity, which a cancel reaches.
                node(
                    "call",
                    "http.request",
                    map("url", "https://example.com/slow"),
                    new AutomationGraph.Retry(null, null, null, "PT2M")),
                email("after", "after"),
                email("rescue", "rescue")),
            List.of(edge("t", "call"), edge("call", "after"), edge("call", "rescue", Ports.ERROR)),
            "rescue");
    AutomationWorkflow run = start("run-cancel-step", graph, Map.of());
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    WorkflowStub.fromTyped(run).cancel();

    assertThatThrownBy(() -> result(run)).hasCauseInstanceOf(CanceledFailure.class);
    release.countDown();
    assertThat(sideEffects()).containsExactly("call");
    assertThat(path(run.state())).containsExactly("t:out");
    assertThat(statuses("run-cancel-step")).containsExactly(RunStatus.CANCELLED);
    verify(bookkeeping, never()).loadActive(any(), any());
  }

  private long timersStarted(String runId) {
    return client.fetchHistory(runId).getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_TIMER_STARTED)
        .count();
  }

  private long updatesAccepted(String runId) {
    return client.fetchHistory(runId).getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)
        .count();
  }
}
