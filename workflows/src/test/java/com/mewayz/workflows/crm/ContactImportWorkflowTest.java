package com.mewayz.workflows.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
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
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

class ContactImportWorkflowTest {
  private static final String IMPORT = "imp-1";

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(ContactImportWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final ContactImportActivities activities =
      mock(ContactImportActivities.class, withSettings().withoutAnnotations());
  private ContactImportWorkflow workflow;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    worker.registerActivitiesImplementations(activities);
    env.start();
    workflow =
        client.newWorkflowStub(
            ContactImportWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(ContactImports.workflowId(IMPORT))
                .setTaskQueue(worker.getTaskQueue())
                .build());
  }

  @Test
  void importsEveryChunkInOrderAndAddsUpWhatTheyDid() {
    when(activities.importChunk(IMPORT, 0)).thenReturn(new ChunkResult(1000, 990, 5, 5));
    when(activities.importChunk(IMPORT, 1)).thenReturn(new ChunkResult(1000, 1000, 0, 0));
    when(activities.importChunk(IMPORT, 2)).thenReturn(new ChunkResult(500, 498, 0, 2));

    ImportProgress done = workflow.run(new ImportRequest(IMPORT, "ws-1", 3, 2500));

    assertThat(done).isEqualTo(new ImportProgress("COMPLETED", 2500, 2500, 2488, 5, 7));
    InOrder inOrder = inOrder(activities);
    inOrder.verify(activities).importChunk(IMPORT, 0);
    inOrder.verify(activities).importChunk(IMPORT, 1);
    inOrder.verify(activities).importChunk(IMPORT, 2);
    inOrder.verify(activities).finish(IMPORT, "COMPLETED");
  }

  @Test
  void aChunkThatFailsIsImportedAgainAndCountedOnce() {
    when(activities.importChunk(IMPORT, 0))
        .thenThrow(ApplicationFailure.newFailure("database down", "MongoTimeout"))
        .thenThrow(ApplicationFailure.newFailure("database down", "MongoTimeout"))
        .thenReturn(new ChunkResult(10, 10, 0, 0));

    ImportProgress done = workflow.run(new ImportRequest(IMPORT, "ws-1", 1, 10));

    assertThat(done).isEqualTo(new ImportProgress("COMPLETED", 10, 10, 10, 0, 0));
    verify(activities, times(3)).importChunk(IMPORT, 0);
    verify(activities).finish(IMPORT, "COMPLETED");
  }

  @Test
  void progressIsAnsweredWhileItRunsAndCancelStopsAfterTheChunkInHand() throws Exception {
    CountDownLatch secondChunkStarted = new CountDownLatch(1);
    CountDownLatch letSecondChunkFinish = new CountDownLatch(1);
    when(activities.importChunk(IMPORT, 0)).thenReturn(new ChunkResult(1000, 1000, 0, 0));
    doAnswer(
            call -> {
              secondChunkStarted.countDown();
              letSecondChunkFinish.await(10, TimeUnit.SECONDS);
              return new ChunkResult(1000, 999, 0, 1);
            })
        .when(activities)
        .importChunk(IMPORT, 1);

    WorkflowClient.start(workflow::run, new ImportRequest(IMPORT, "ws-1", 5, 5000));
    assertThat(secondChunkStarted.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(workflow.progress())
        .isEqualTo(new ImportProgress("RUNNING", 5000, 1000, 1000, 0, 0));
    workflow.cancel();
    letSecondChunkFinish.countDown();

    ImportProgress done = WorkflowStub.fromTyped(workflow).getResult(ImportProgress.class);
    assertThat(done).isEqualTo(new ImportProgress("CANCELLED", 5000, 2000, 1999, 0, 1));
    verify(activities, never()).importChunk(IMPORT, 2);
    verify(activities).finish(IMPORT, "CANCELLED");
    verify(activities, never()).finish(anyString(), org.mockito.ArgumentMatchers.eq("COMPLETED"));
    verify(activities, times(2)).importChunk(anyString(), anyInt());
  }
}
