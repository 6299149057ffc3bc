package com.mewayz.workflows.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import io.temporal.activity.Activity;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

class BounceMailboxWorkflowTest {
  private static final long INTERVAL = 300;

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(BounceMailboxWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final BounceActivities mailbox =
      mock(BounceActivities.class, withSettings().withoutAnnotations());
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicBoolean down = new AtomicBoolean();
  private final Set<String> runs = ConcurrentHashMap.newKeySet();
  private TestWorkflowEnvironment env;
  private BounceMailboxWorkflow watch;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    worker.registerActivitiesImplementations(mailbox);
    Mockito.doAnswer(
            call -> {
              if (down.get()) {
                throw ApplicationFailure.newFailure("connection refused", "MAILBOX_UNAVAILABLE");
              }
              reads.incrementAndGet();
              runs.add(Activity.getExecutionContext().getInfo().getRunId());
              return new BounceTotals(2, 1, 1, 0, 1);
            })
        .when(mailbox)
        .readBounces();
    env.start();
    watch =
        client.newWorkflowStub(
            BounceMailboxWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(EmailCampaigns.BOUNCE_MAILBOX_WORKFLOW_ID)
                .setTaskQueue(worker.getTaskQueue())
                .build());
  }

  @Test
  void readsTheMailboxAtEachIntervalAndAddsUpWhatItRead() {
    WorkflowClient.start(watch::watch, new BounceWatch(INTERVAL, null));

    env.sleep(Duration.ofSeconds(3 * INTERVAL + 10));

    assertThat(reads).hasValue(4);
    assertThat(watch.totals()).isEqualTo(new BounceTotals(8, 4, 4, 0, 4));
  }

  @Test
  void aMailboxDownForMoreThanADayDoesNotEndTheWatch() {
    down.set(true);
    WorkflowClient.start(watch::watch, new BounceWatch(INTERVAL, null));

    env.sleep(Duration.ofDays(1).plusMinutes(10));
    assertThat(reads).hasValue(0);
    down.set(false);
    env.sleep(Duration.ofSeconds(2 * INTERVAL));

    assertThat(reads.get()).isPositive();
    assertThat(watch.totals().polls()).isEqualTo(reads.get());
    assertThat(status()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
  }

  @Test
  void continuesAsNewWithItsTotalsAfterItsPollsPerRun() {
    WorkflowClient.start(watch::watch, new BounceWatch(1, null));

    env.sleep(Duration.ofSeconds(EmailCampaigns.BOUNCE_POLLS_PER_RUN + 20));

    assertThat(runs).hasSize(2);
    assertThat(watch.totals().polls()).isEqualTo(reads.get()).isGreaterThan(200);
    assertThat(watch.totals().hardBounces()).isEqualTo(2L * reads.get());
    assertThat(status()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
  }

  private WorkflowExecutionStatus status() {
    return env.getWorkflowClient()
        .getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(env.getNamespace())
                .setExecution(
                    WorkflowExecution.newBuilder()
                        .setWorkflowId(EmailCampaigns.BOUNCE_MAILBOX_WORKFLOW_ID))
                .build())
        .getWorkflowExecutionInfo()
        .getStatus();
  }
}
