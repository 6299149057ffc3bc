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
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
                            Files.readString(file),
                            WORKFLOWS.get(0),
                            WORKFLOWS.subList(1, WORKFLOWS.size()).toArray(Class<?>[]::new))));
  }
}
