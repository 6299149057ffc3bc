package com.mewayz.api.workspaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.workflows.workspaces.WorkspaceInvitations;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/** Workspaces, members and invitations through the API, with the real workers running. */
@ApiTest
class WorkspaceInvitationApiTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired WorkflowClient temporal;
  @Autowired com.mewayz.worker.runtime.MewayzWorkers workers;
  ApiClient api;
  Account owner;
  String workspaceId;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspaceId = api.createWorkspace(owner, "Studio Nord");
  }

  @Test
  void creatorOwnsTheWorkspaceAndSeesItListed() throws Exception {
    api.perform(HttpMethod.GET, "/api/multi-workspace/workspaces", owner, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.total").value(1))
        .andExpect(jsonPath("$.data.items[0].id").value(workspaceId))
        .andExpect(jsonPath("$.data.items[0].role").value("OWNER"))
        .andExpect(
            jsonPath("$.data.items[0].slug")
                .value(org.hamcrest.Matchers.startsWith("studio-nord")));
  }

  @Test
  void renamesAndDeletesTheWorkspace() throws Exception {
    api.perform(
            HttpMethod.PUT,
            "/api/multi-workspace/workspaces/" + workspaceId,
            owner,
            "{\"name\":\"Studio Süd\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.name").value("Studio Süd"));
    api.perform(HttpMethod.DELETE, "/api/multi-workspace/workspaces/" + workspaceId, owner, null)
        .andExpect(status().isOk());
    api.perform(HttpMethod.GET, "/api/multi-workspace/workspaces/" + workspaceId, owner, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void rejectsABlankNameAndAnUnknownRole() throws Exception {
    api.perform(HttpMethod.POST, "/api/multi-workspace/workspaces", owner, "{\"name\":\" \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.name").exists());
    api.perform(
            HttpMethod.POST,
            "/api/multi-workspace/workspaces/" + workspaceId + "/invitations",
            owner,
            "{\"email\":\"x@example.test\",\"role\":\"KING\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.role").value("must be one of OWNER, ADMIN, EDITOR, VIEWER"));
    api.perform(
            HttpMethod.POST,
            "/api/multi-workspace/workspaces/" + workspaceId + "/invitations",
            owner,
            "{\"email\":\"x@example.test\",\"role\":\"OWNER\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.role").exists());
  }

  @Test
  void invitationIsMailedAcceptedAndMakesAMember() throws Exception {
    Account bob = api.register("bob");
    String invitationId = api.invite(owner, workspaceId, bob.email(), "EDITOR");

    ReceivedMail mail = api.awaitMail(bob.email(), "invited you to Studio Nord");
    String token = ApiClient.invitationToken(mail);
    api.perform(HttpMethod.GET, "/api/multi-workspace/invitations/" + token, null, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.workspaceName").value("Studio Nord"))
        .andExpect(jsonPath("$.data.status").value("PENDING"));

    api.perform(HttpMethod.POST, "/api/multi-workspace/invitations/" + token + "/accept", bob, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.workspaceId").value(workspaceId))
        .andExpect(jsonPath("$.data.role").value("EDITOR"));

    api.perform(HttpMethod.GET, membersPath(), owner, null)
        .andExpect(jsonPath("$.data.total").value(2))
        .andExpect(jsonPath("$.data.items[1].email").value(bob.email()))
        .andExpect(jsonPath("$.data.items[1].role").value("EDITOR"));
    api.perform(HttpMethod.GET, invitationsPath(), owner, null)
        .andExpect(jsonPath("$.data.items[0].id").value(invitationId))
        .andExpect(jsonPath("$.data.items[0].status").value("ACCEPTED"))
        .andExpect(
            jsonPath("$.data.items[0].temporalUiUrl")
                .value(
                    "http://temporal-ui.test/namespaces/default/workflows/invitation-"
                        + invitationId));
    awaitClosed(invitationId, WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(api.mailsTo(bob.email(), "invited you")).hasSize(1);
    // Accepting twice is refused with the reason.
    api.perform(HttpMethod.POST, "/api/multi-workspace/invitations/" + token + "/accept", bob, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value("The invitation is accepted; ask for a new one"));
  }

  @Test
  void onlyTheInvitedAddressCanAccept() throws Exception {
    Account bob = api.register("bob");
    Account mallory = api.register("mallory");
    api.invite(owner, workspaceId, bob.email(), "VIEWER");
    String token = ApiClient.invitationToken(api.awaitMail(bob.email(), "invited you"));

    api.perform(
            HttpMethod.POST, "/api/multi-workspace/invitations/" + token + "/accept", mallory, null)
        .andExpect(status().isForbidden());
    api.perform(HttpMethod.GET, "/api/multi-workspace/workspaces/" + workspaceId, mallory, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void aTamperedLinkIsNotFound() throws Exception {
    String invitationId = api.invite(owner, workspaceId, ApiClient.uniqueEmail("x"), "VIEWER");
    api.perform(
            HttpMethod.GET,
            "/api/multi-workspace/invitations/" + invitationId + ".forged",
            null,
            null)
        .andExpect(status().isNotFound());
  }

  @Test
  void declineEndsTheInvitationWithoutMembership() throws Exception {
    String email = ApiClient.uniqueEmail("carol");
    String invitationId = api.invite(owner, workspaceId, email, "VIEWER");
    String token = ApiClient.invitationToken(api.awaitMail(email, "invited you"));

    api.perform(
            HttpMethod.POST, "/api/multi-workspace/invitations/" + token + "/decline", null, null)
        .andExpect(status().isOk());

    awaitClosed(invitationId, WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    api.perform(HttpMethod.GET, invitationsPath(), owner, null)
        .andExpect(jsonPath("$.data.items[0].status").value("DECLINED"));
    api.perform(HttpMethod.GET, membersPath(), owner, null)
        .andExpect(jsonPath("$.data.total").value(1));
  }

  @Test
  void revokeCancelsTheWorkflowAndTheLinkStopsWorking() throws Exception {
    String email = ApiClient.uniqueEmail("dan");
    String invitationId = api.invite(owner, workspaceId, email, "EDITOR");
    String token = ApiClient.invitationToken(api.awaitMail(email, "invited you"));

    api.perform(HttpMethod.DELETE, invitationsPath() + "/" + invitationId, owner, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("REVOKED"));

    awaitClosed(invitationId, WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    api.perform(
            HttpMethod.POST, "/api/multi-workspace/invitations/" + token + "/decline", null, null)
        .andExpect(status().isConflict());
    api.perform(HttpMethod.DELETE, invitationsPath() + "/" + invitationId, owner, null)
        .andExpect(status().isConflict());
  }

  @Test
  void refusesASecondPendingInvitationAndInvitingAMember() throws Exception {
    String email = ApiClient.uniqueEmail("erin");
    api.invite(owner, workspaceId, email, "EDITOR");
    api.perform(
            HttpMethod.POST,
            invitationsPath(),
            owner,
            "{\"email\":\"%s\",\"role\":\"VIEWER\"}".formatted(email.toUpperCase()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.email").value("has a pending invitation"));
    api.perform(
            HttpMethod.POST,
            invitationsPath(),
            owner,
            "{\"email\":\"%s\",\"role\":\"VIEWER\"}".formatted(owner.email()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.email").value("is already a member"));
  }

  @Test
  void rolesDecideWhoManagesMembers() throws Exception {
    Account editor = api.register("editor");
    Account viewer = api.register("viewer");
    api.addMember(owner, workspaceId, editor, "EDITOR");
    api.addMember(owner, workspaceId, viewer, "VIEWER");

    api.perform(
            HttpMethod.POST,
            invitationsPath(),
            editor,
            "{\"email\":\"%s\",\"role\":\"VIEWER\"}".formatted(ApiClient.uniqueEmail("z")))
        .andExpect(status().isForbidden());
    api.perform(HttpMethod.PUT, membersPath() + "/" + viewer.id(), owner, "{\"role\":\"EDITOR\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.role").value("EDITOR"));
    api.perform(HttpMethod.PUT, membersPath() + "/" + owner.id(), owner, "{\"role\":\"VIEWER\"}")
        .andExpect(status().isConflict());
    api.perform(HttpMethod.DELETE, membersPath() + "/" + viewer.id(), owner, null)
        .andExpect(status().isOk());
    api.perform(HttpMethod.GET, "/api/multi-workspace/workspaces/" + workspaceId, viewer, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void workersTakeWorkAgainAfterTheApplicationIsStoppedAndStarted() throws Exception {
    // Spring stops and restarts lifecycles (e.g. paused test contexts): workers must come back.
    workers.stop();
    workers.start();

    String email = ApiClient.uniqueEmail("after-restart");
    api.invite(owner, workspaceId, email, "VIEWER");
    api.awaitMail(email, "invited you");
  }

  private String membersPath() {
    return "/api/multi-workspace/workspaces/" + workspaceId + "/members";
  }

  private String invitationsPath() {
    return "/api/multi-workspace/workspaces/" + workspaceId + "/invitations";
  }

  private void awaitClosed(String invitationId, WorkflowExecutionStatus expected)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    WorkflowExecutionStatus status = null;
    while (Instant.now().isBefore(deadline)) {
      status =
          temporal
              .newUntypedWorkflowStub(WorkspaceInvitations.workflowId(invitationId))
              .describe()
              .getStatus();
      if (status == expected) {
        return;
      }
      Thread.sleep(50);
    }
    assertThat(status).isEqualTo(expected);
  }
}
