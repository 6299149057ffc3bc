package com.mewayz.workflows.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.workflows.ai.AiContentWorkflowImpl;
import com.mewayz.workflows.automations.AutomationWorkflowImpl;
import com.mewayz.workflows.billing.InvoiceDunningWorkflowImpl;
import com.mewayz.workflows.bookings.BookingReminderWorkflowImpl;
import com.mewayz.workflows.campaigns.BounceMailboxWorkflowImpl;
import com.mewayz.workflows.campaigns.EmailCampaignWorkflowImpl;
import com.mewayz.workflows.commerce.LatePaymentRefundWorkflowImpl;
import com.mewayz.workflows.commerce.OrderFulfillmentWorkflowImpl;
import com.mewayz.workflows.courses.CourseDripWorkflowImpl;
import com.mewayz.workflows.crm.ContactImportWorkflowImpl;
import com.mewayz.workflows.social.SocialPostWorkflowImpl;
import com.mewayz.workflows.workspaces.WorkspaceInvitationWorkflowImpl;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every recorded history under {@code src/test/resources/histories} against today's
 * workflow code. A change that would break runs already in flight fails here, not in production.
 * Record new histories with {@code ./mvnw -pl workflows test -Dtest=HistoryRecording
 * -Drecord.histories=true}.
 */
class WorkflowReplayTest {
  static final Path HISTORIES = Path.of("src", "test", "resources", "histories");
  static final List<Class<?>> WORKFLOWS =
      List.of(
          WorkspaceInvitationWorkflowImpl.class,
          AutomationWorkflowImpl.class,
          OrderFulfillmentWorkflowImpl.class,
          LatePaymentRefundWorkflowImpl.class,
          InvoiceDunningWorkflowImpl.class,
          CourseDripWorkflowImpl.class,
          ContactImportWorkflowImpl.class,
          EmailCampaignWorkflowImpl.class,
          BounceMailboxWorkflowImpl.class,
          BookingReminderWorkflowImpl.class,
          SocialPostWorkflowImpl.class,
          AiContentWorkflowImpl.class);

  /**
   * One environment and worker for every history: starting one per history took most of the time.
   */
  private static TestWorkflowEnvironment env;

  private static Worker worker;

  @BeforeAll
  static void startReplayWorker() {
    env = TestWorkflowEnvironment.newInstance();
    worker = replayWorker(env);
  }

  @AfterAll
  static void stopReplayWorker() {
    env.close();
  }

  /** A worker of {@code env} running every workflow type, for replay only. */
  static Worker replayWorker(TestWorkflowEnvironment env) {
    Worker worker = env.newWorker("replay");
    worker.registerWorkflowImplementationTypes(WORKFLOWS.toArray(Class<?>[]::new));
    return worker;
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedHistoryReplays() throws IOException {
    List<Path> histories;
    try (Stream<Path> files = Files.list(HISTORIES)) {
      histories = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(histories).as("recorded histories").isNotEmpty();
    return histories.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () ->
                        WorkflowReplayer.replayWorkflowExecution(
                            WorkflowExecutionHistory.fromJson(Files.readString(file)), worker)));
  }
}
