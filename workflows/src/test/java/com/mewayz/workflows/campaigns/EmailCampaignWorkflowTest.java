package com.mewayz.workflows.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class EmailCampaignWorkflowTest {
  private static final String CAMPAIGN = "cmp-1";

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(EmailCampaignWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final CampaignActivities activities =
      mock(CampaignActivities.class, withSettings().withoutAnnotations());
  private final List<String> statuses = new CopyOnWriteArrayList<>();
  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private EmailCampaignWorkflow campaign;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    this.client = client;
    worker.registerActivitiesImplementations(activities);
    doAnswer(
            call -> {
              statuses.add(call.<CampaignProgress>getArgument(1).status());
              return null;
            })
        .when(activities)
        .record(any(), any());
    env.start();
    campaign =
        client.newWorkflowStub(
            EmailCampaignWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(EmailCampaigns.workflowId(CAMPAIGN))
                .setTaskQueue(worker.getTaskQueue())
                .build());
  }

  private static CampaignRequest now(int batchSize) {
    return new CampaignRequest(CAMPAIGN, "ws-1", 0, 0, batchSize, null, null, false);
  }

  /** Batches of {@code size} over contacts c0000..c(n-1), each sent except every tenth skipped. */
  private void audienceOf(int contacts, int size) {
    when(activities.begin(CAMPAIGN)).thenReturn((long) contacts);
    when(activities.sendBatch(any()))
        .thenAnswer(
            call -> {
              BatchRequest r = call.getArgument(0);
              int from =
                  r.afterContactId() == null
                      ? 0
                      : Integer.parseInt(r.afterContactId().substring(1)) + 1;
              int to = Math.min(contacts, from + r.maxRecipients());
              long skipped = 0;
              for (int i = from; i < to; i++) {
                if (i % 10 == 9) {
                  skipped++;
                }
              }
              String last = to > from ? "c%04d".formatted(to - 1) : r.afterContactId();
              return new BatchOutcome(
                  last, to - from - skipped, 0, skipped, to - from < r.maxRecipients());
            });
  }

  @Test
  void sendsEveryBatchFromWhereTheLastOneStoppedAndEndsSent() {
    audienceOf(2500, 1000);

    CampaignProgress done = campaign.send(now(1000));

    assertThat(done).isEqualTo(new CampaignProgress("SENT", 2500, 2250, 0, 250));
    ArgumentCaptor<BatchRequest> batches = ArgumentCaptor.forClass(BatchRequest.class);
    verify(activities, times(3)).sendBatch(batches.capture());
    assertThat(batches.getAllValues())
        .extracting(BatchRequest::afterContactId)
        .containsExactly(null, "c0999", "c1999");
    assertThat(statuses).containsExactly("SENT");
  }

  @Test
  void aLargeAudienceContinuesAsNewAndKeepsItsCounts() {
    // 250 batches of 4: the workflow hands over twice, carrying the cursor and the counts.
    audienceOf(1000, 4);

    campaign.send(now(4));

    CampaignProgress done =
        client
            .newUntypedWorkflowStub(EmailCampaigns.workflowId(CAMPAIGN))
            .getResult(CampaignProgress.class);
    assertThat(done).isEqualTo(new CampaignProgress("SENT", 1000, 900, 0, 100));
    verify(activities, times(1)).begin(CAMPAIGN);
    verify(activities, times(251)).sendBatch(any());
  }

  @Test
  void aScheduledCampaignWaitsForItsTimeAndCanBeCancelledMeanwhile() {
    long sendAt = env.currentTimeMillis() + Duration.ofDays(2).toMillis();
    WorkflowClient.start(
        campaign::send, new CampaignRequest(CAMPAIGN, "ws-1", sendAt, 0, 100, null, null, false));
    env.sleep(Duration.ofDays(1));
    assertThat(campaign.progress().status()).isEqualTo("SCHEDULED");
    verify(activities, never()).begin(any());

    campaign.cancel();
    CampaignProgress done = WorkflowStub.fromTyped(campaign).getResult(CampaignProgress.class);

    assertThat(done.status()).isEqualTo("CANCELLED");
    verify(activities, never()).sendBatch(any());
    assertThat(statuses).containsExactly("SCHEDULED", "CANCELLED");
  }

  @Test
  void aScheduledCampaignPausedBeforeItsTimeReadsPausedAndWaitsForResume() {
    audienceOf(10, 100);
    long sendAt = env.currentTimeMillis() + Duration.ofHours(5).toMillis();
    WorkflowClient.start(
        campaign::send, new CampaignRequest(CAMPAIGN, "ws-1", sendAt, 0, 100, null, null, false));
    env.sleep(Duration.ofHours(1));

    campaign.pause();
    assertThat(campaign.progress().status()).isEqualTo("PAUSED");
    env.sleep(Duration.ofHours(6));
    assertThat(campaign.progress().status()).isEqualTo("PAUSED");
    verify(activities, never()).sendBatch(any());

    campaign.resume();
    CampaignProgress done = WorkflowStub.fromTyped(campaign).getResult(CampaignProgress.class);
    assertThat(done.status()).isEqualTo("SENT");
    assertThat(statuses).containsExactly("SCHEDULED", "PAUSED", "SENDING", "SENT");
  }

  @Test
  void aScheduledCampaignStartsAtItsTime() {
    audienceOf(10, 100);
    long sendAt = env.currentTimeMillis() + Duration.ofHours(5).toMillis();
    WorkflowClient.start(
        campaign::send, new CampaignRequest(CAMPAIGN, "ws-1", sendAt, 0, 100, null, null, false));
    env.sleep(Duration.ofHours(4).plusMinutes(59));
    verify(activities, never()).begin(any());

    CampaignProgress done = WorkflowStub.fromTyped(campaign).getResult(CampaignProgress.class);
    assertThat(done.status()).isEqualTo("SENT");
    assertThat(env.currentTimeMillis()).isGreaterThanOrEqualTo(sendAt);
  }

  @Test
  void pauseHoldsTheNextBatchResumeGoesOnAndCancelStopsForGood() throws Exception {
    when(activities.begin(CAMPAIGN)).thenReturn(50L);
    CountDownLatch secondBatch = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> calls = new ArrayList<>();
    doAnswer(
            call -> {
              BatchRequest r = call.getArgument(0);
              calls.add(1);
              if (calls.size() == 2) {
                secondBatch.countDown();
                release.await(10, TimeUnit.SECONDS);
              }
              int from =
                  r.afterContactId() == null
                      ? 0
                      : Integer.parseInt(r.afterContactId().substring(1)) + 1;
              int to = Math.min(50, from + 10);
              return new BatchOutcome("c%04d".formatted(to - 1), to - from, 0, 0, to >= 50);
            })
        .when(activities)
        .sendBatch(any());
    WorkflowClient.start(campaign::send, now(10));
    assertThat(secondBatch.await(10, TimeUnit.SECONDS)).isTrue();

    campaign.pause();
    assertThatThrownBy(campaign::pause).isInstanceOf(WorkflowUpdateException.class);
    release.countDown();
    env.sleep(Duration.ofHours(6));
    assertThat(campaign.progress()).isEqualTo(new CampaignProgress("PAUSED", 50, 20, 0, 0));
    assertThat(calls).hasSize(2);

    campaign.resume();
    assertThatThrownBy(campaign::resume).isInstanceOf(WorkflowUpdateException.class);
    CampaignProgress done = WorkflowStub.fromTyped(campaign).getResult(CampaignProgress.class);
    assertThat(done).isEqualTo(new CampaignProgress("SENT", 50, 50, 0, 0));
    assertThat(statuses).containsExactly("PAUSED", "SENDING", "SENT");
    assertThatThrownBy(campaign::cancel).isInstanceOf(RuntimeException.class);
    InOrder inOrder = inOrder(activities);
    inOrder.verify(activities).begin(CAMPAIGN);
    inOrder.verify(activities, times(5)).sendBatch(any());
  }

  @Test
  void cancellingWhileSendingStopsAfterTheBatchInHand() throws Exception {
    CountDownLatch firstBatch = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    when(activities.begin(CAMPAIGN)).thenReturn(100L);
    when(activities.sendBatch(any()))
        .thenAnswer(
            call -> {
              firstBatch.countDown();
              release.await(10, TimeUnit.SECONDS);
              return new BatchOutcome("c0009", 10, 0, 0, false);
            });
    WorkflowClient.start(campaign::send, now(10));
    assertThat(firstBatch.await(10, TimeUnit.SECONDS)).isTrue();

    campaign.cancel();
    release.countDown();
    CampaignProgress done = WorkflowStub.fromTyped(campaign).getResult(CampaignProgress.class);

    assertThat(done).isEqualTo(new CampaignProgress("CANCELLED", 100, 10, 0, 0));
    verify(activities, times(1)).sendBatch(any());
    assertThat(done.remaining()).isEqualTo(90);
  }
}
