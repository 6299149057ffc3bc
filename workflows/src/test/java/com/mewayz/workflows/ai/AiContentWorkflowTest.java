package com.mewayz.workflows.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** Generate, approve and publish in skipped time, with the activities mocked. */
class AiContentWorkflowTest {
  private static final String CONTENT = "cnt-1";
  private static final ContentDraft FIRST = ContentDraft.text("Spring sale: 20% off mugs");
  private static final ContentDraft SECOND = ContentDraft.text("Mugs for spring, 20% off");

  private final AiContentActivities activities =
      mock(AiContentActivities.class, withSettings().withoutAnnotations());
  private final List<GenerationRequest> generations =
      Collections.synchronizedList(new ArrayList<>());
  private TestWorkflowEnvironment env;
  private AiContentWorkflow content;

  @BeforeEach
  void setUp() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(AiContents.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(AiContentWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities);
    when(activities.generate(any()))
        .thenAnswer(
            call -> {
              GenerationRequest request = call.getArgument(0);
              generations.add(request);
              return request.round() == 0 ? FIRST : SECOND;
            });
    when(activities.publish(eq(CONTENT), any())).thenReturn("prd-9");
    env.start();
  }

  @AfterEach
  void close() {
    env.close();
  }

  private void start(boolean requireApproval, int maxRegenerations) {
    content =
        env.getWorkflowClient()
            .newWorkflowStub(
                AiContentWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(AiContents.workflowId(CONTENT))
                    .setTaskQueue(AiContents.TASK_QUEUE)
                    .build());
    WorkflowClient.start(
        content::run, new AiContentRequest(CONTENT, "ws-1", requireApproval, maxRegenerations));
  }

  private AiContentStatus result() {
    return WorkflowStub.fromTyped(content).getResult(AiContentStatus.class);
  }

  @Test
  void waitsFiveDaysForTheApprovalThenPublishesTheDraftOnce() {
    start(true, 3);
    env.sleep(Duration.ofDays(5));
    assertThat(content.status().status()).isEqualTo(AiContentStatus.AWAITING_APPROVAL);
    verify(activities, never()).publish(anyString(), any());

    content.approve(new Approval("owner@example.com", null));

    assertThat(result()).isEqualTo(AiContentStatus.PUBLISHED);
    verify(activities, times(1)).publish(CONTENT, FIRST);
    assertThat(content.status().publishedRef()).isEqualTo("prd-9");
    InOrder order = inOrder(activities);
    order.verify(activities).generate(any());
    order.verify(activities).recordStatus(CONTENT, AiContentStatus.AWAITING_APPROVAL, null);
    order.verify(activities).recordStatus(CONTENT, AiContentStatus.PUBLISHING, null);
    order.verify(activities).publish(CONTENT, FIRST);
    order.verify(activities).recordStatus(CONTENT, AiContentStatus.PUBLISHED, null);
  }

  @Test
  void publishesTheEditedVersionWhenAPersonEditsThenApproves() {
    start(true, 3);
    env.sleep(Duration.ofHours(2));
    ContentDraft edited = ContentDraft.text("Our spring mugs, 20% off this week");

    content.approve(new Approval("owner@example.com", edited));

    assertThat(result()).isEqualTo(AiContentStatus.PUBLISHED);
    verify(activities).publish(CONTENT, edited);
    verify(activities, never()).publish(CONTENT, FIRST);
  }

  @Test
  void aRejectionWritesTheNextDraftFromItsFeedback() {
    start(true, 3);
    env.sleep(Duration.ofHours(1));

    content.reject(new Rejection("owner@example.com", "Shorter, and mention mugs first"));
    env.sleep(Duration.ofMinutes(1));

    AiContentProgress progress = content.status();
    assertThat(progress.status()).isEqualTo(AiContentStatus.AWAITING_APPROVAL);
    assertThat(progress.round()).isEqualTo(1);
    assertThat(progress.draft()).isEqualTo(SECOND);
    assertThat(generations).hasSize(2);
    GenerationRequest second = generations.get(1);
    assertThat(second.round()).isEqualTo(1);
    assertThat(second.feedback()).isEqualTo("Shorter, and mention mugs first");
    assertThat(second.rejectedDraft()).isEqualTo(FIRST);

    content.approve(new Approval("owner@example.com", null));
    assertThat(result()).isEqualTo(AiContentStatus.PUBLISHED);
    verify(activities).publish(CONTENT, SECOND);
  }

  @Test
  void reachingTheRegenerationLimitFailsClearlyAndPublishesNothing() {
    start(true, 2);
    for (int i = 0; i < 3; i++) {
      env.sleep(Duration.ofMinutes(10));
      content.reject(new Rejection("owner@example.com", "Not yet " + i));
    }

    assertThat(result()).isEqualTo(AiContentStatus.FAILED);
    assertThat(generations).hasSize(3);
    String failure = content.status().failure();
    assertThat(failure).isEqualTo("Rejected 3 times: the limit of 2 new drafts is reached");
    verify(activities).recordStatus(CONTENT, AiContentStatus.FAILED, failure);
    verify(activities, never()).publish(anyString(), any());
  }

  @Test
  void anExhaustedBudgetRefusesTheGenerationAndEndsFailed() {
    doThrow(
            ApplicationFailure.newNonRetryableFailure(
                "The monthly AI budget of $5.00 is spent", AiFailureTypes.BUDGET_EXHAUSTED.type()))
        .when(activities)
        .generate(any());
    start(true, 3);

    assertThat(result()).isEqualTo(AiContentStatus.FAILED);
    verify(activities, times(1)).generate(any());
    verify(activities)
        .recordStatus(CONTENT, AiContentStatus.FAILED, "The monthly AI budget of $5.00 is spent");
    verify(activities, never()).recordStatus(CONTENT, AiContentStatus.AWAITING_APPROVAL, null);
    verify(activities, never()).publish(anyString(), any());
  }

  @Test
  void withoutApprovalTheDraftIsPublishedAtOnce() {
    start(false, 0);

    assertThat(result()).isEqualTo(AiContentStatus.PUBLISHED);
    verify(activities).publish(CONTENT, FIRST);
    verify(activities, never()).recordStatus(CONTENT, AiContentStatus.AWAITING_APPROVAL, null);
  }

  @Test
  void aTargetThatCannotTakeTheContentEndsFailedWithItsReason() {
    doThrow(
            ApplicationFailure.newNonRetryableFailure(
                "Social posts are not available yet", AiFailureTypes.TARGET_UNAVAILABLE.type()))
        .when(activities)
        .publish(eq(CONTENT), any());
    start(false, 0);

    assertThat(result()).isEqualTo(AiContentStatus.FAILED);
    verify(activities)
        .recordStatus(CONTENT, AiContentStatus.FAILED, "Social posts are not available yet");
  }

  @Test
  void nobodyDecidingWithinTheWindowExpiresTheContent() {
    start(true, 3);
    env.sleep(AiContents.APPROVAL_WINDOW.plusHours(1));

    assertThat(result()).isEqualTo(AiContentStatus.EXPIRED);
    verify(activities).recordStatus(eq(CONTENT), eq(AiContentStatus.EXPIRED), anyString());
    verify(activities, never()).publish(anyString(), any());
  }

  @Test
  void aDecisionIsRefusedWhenNothingWaitsForOne() {
    start(true, 3);
    env.sleep(Duration.ofMinutes(1));
    content.approve(new Approval("owner@example.com", null));
    result();

    assertThatThrownBy(() -> content.reject(new Rejection("owner@example.com", "again")))
        .isInstanceOf(RuntimeException.class);
    verify(activities, times(1)).publish(anyString(), any());
  }

  @Test
  void aRejectionWithoutFeedbackIsRefusedBeforeItEntersTheHistory() {
    start(true, 3);
    env.sleep(Duration.ofMinutes(1));

    assertThatThrownBy(() -> content.reject(new Rejection("owner@example.com", " ")))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("Say what to change");
    assertThat(content.status().status()).isEqualTo(AiContentStatus.AWAITING_APPROVAL);
  }

  @Test
  void cancellingRecordsTheCancellationAndPublishesNothing() {
    start(true, 3);
    env.sleep(Duration.ofDays(1));

    WorkflowStub.fromTyped(content).cancel();

    assertThatThrownBy(this::result).isInstanceOf(WorkflowFailedException.class);
    verify(activities).recordStatus(CONTENT, AiContentStatus.CANCELLED, null);
    verify(activities, never()).publish(anyString(), any());
    ArgumentCaptor<AiContentStatus> statuses = ArgumentCaptor.forClass(AiContentStatus.class);
    verify(activities, times(2)).recordStatus(eq(CONTENT), statuses.capture(), isNull());
    assertThat(statuses.getAllValues())
        .containsExactly(AiContentStatus.AWAITING_APPROVAL, AiContentStatus.CANCELLED);
  }

  @Test
  void cancellingWhileADraftIsWrittenEndsCancelledNotFailed() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    doAnswer(
            call -> {
              writing.countDown();
              Thread.sleep(2_000);
              return FIRST;
            })
        .when(activities)
        .generate(any());
    start(true, 3);
    writing.await();

    WorkflowStub.fromTyped(content).cancel();

    assertThatThrownBy(this::result).isInstanceOf(WorkflowFailedException.class);
    verify(activities).recordStatus(CONTENT, AiContentStatus.CANCELLED, null);
    verify(activities, never()).recordStatus(eq(CONTENT), eq(AiContentStatus.FAILED), any());
    verify(activities, never()).publish(anyString(), any());
  }
}
