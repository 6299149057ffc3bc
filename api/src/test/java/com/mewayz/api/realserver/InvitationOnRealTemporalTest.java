package com.mewayz.api.realserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.RealServerTest;
import com.mewayz.worker.runtime.TemporalRuntime;
import com.mewayz.workflows.workspaces.WorkspaceInvitations;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The invitation process on a real Temporal server (the CLI dev server that {@code .ci/run} and
 * {@code scripts/real-server-tests.sh} start, address from {@code TEMPORAL_TEST_ADDRESS}). It
 * fails, never skips, when no server answers. Proves what the in-memory server cannot: runs are
 * listable by the WorkspaceId search attribute through a visibility query.
 */
@RealServerTest
class InvitationOnRealTemporalTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired WorkflowClient temporal;
  @Autowired TemporalRuntime runtime;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(mvc, mails);
  }

  @Test
  void runsTheInvitationOnTheRealServerAndListsItByWorkspace() throws Exception {
    assertThat(runtime.isEmbedded()).isFalse();
    Account owner = api.register("owner");
    Account invitee = api.register("invitee");
    String workspaceId = api.createWorkspace(owner, "Real Server Co");

    String invitationId = api.invite(owner, workspaceId, invitee.email(), "EDITOR");
    String token = ApiClient.invitationToken(api.awaitMail(invitee.email(), "invited you"));
    api.perform(
            HttpMethod.POST, "/api/multi-workspace/invitations/" + token + "/accept", invitee, null)
        .andExpect(status().isOk());

    String workflowId = WorkspaceInvitations.workflowId(invitationId);
    List<WorkflowExecutionMetadata> listed = awaitListed("WorkspaceId = '" + workspaceId + "'", 1);
    assertThat(listed)
        .extracting(r -> r.getExecution().getWorkflowId())
        .containsExactly(workflowId);
    assertThat(listed.get(0).getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(awaitListed("WorkspaceId = 'another-workspace-" + workspaceId + "'", 0)).isEmpty();
  }

  @Test
  void revokingCancelsTheRunOnTheRealServer() throws Exception {
    Account owner = api.register("owner");
    String workspaceId = api.createWorkspace(owner, "Revoke Co");
    String email = ApiClient.uniqueEmail("guest");
    String invitationId = api.invite(owner, workspaceId, email, "VIEWER");
    api.awaitMail(email, "invited you");

    api.perform(
            HttpMethod.DELETE,
            "/api/multi-workspace/workspaces/" + workspaceId + "/invitations/" + invitationId,
            owner,
            null)
        .andExpect(status().isOk());

    List<WorkflowExecutionMetadata> listed =
        awaitListed("WorkspaceId = '" + workspaceId + "' AND ExecutionStatus = 'Canceled'", 1);
    assertThat(listed).hasSize(1);
  }

  // Visibility is eventually consistent on a real server: poll briefly.
  private List<WorkflowExecutionMetadata> awaitListed(String query, int expected)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    List<WorkflowExecutionMetadata> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = temporal.listExecutions(query).toList();
      boolean settled =
          found.size() == expected
              && found.stream()
                  .allMatch(
                      r ->
                          r.getStatus()
                              != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
      if (settled && expected > 0) {
        return found;
      }
      if (expected == 0 && Instant.now().isAfter(deadline.minusSeconds(13))) {
        return found;
      }
      Thread.sleep(200);
    }
    return found;
  }
}
