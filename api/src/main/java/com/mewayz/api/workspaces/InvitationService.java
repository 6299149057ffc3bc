package com.mewayz.api.workspaces;

import static com.mewayz.workflows.workspaces.WorkspaceInvitations.workflowId;

import com.mewayz.api.auth.AuthEmails;
import com.mewayz.api.security.CurrentUser;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.web.TemporalUiLinks;
import com.mewayz.api.workspaces.WorkspaceViews.AcceptedView;
import com.mewayz.api.workspaces.WorkspaceViews.InvitationView;
import com.mewayz.api.workspaces.WorkspaceViews.PublicInvitationView;
import com.mewayz.domain.users.User;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.domain.workspaces.Invitation;
import com.mewayz.domain.workspaces.InvitationLinks;
import com.mewayz.domain.workspaces.InvitationRepository;
import com.mewayz.domain.workspaces.InvitationStore;
import com.mewayz.domain.workspaces.Membership;
import com.mewayz.domain.workspaces.MembershipRepository;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.domain.workspaces.WorkspaceRole;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import com.mewayz.workflows.workspaces.InvitationRequest;
import com.mewayz.workflows.workspaces.InvitationStatus;
import com.mewayz.workflows.workspaces.WorkspaceInvitationWorkflow;
import com.mewayz.workflows.workspaces.WorkspaceInvitations;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Invitations: the record lives in MongoDB, the process (mails, reminder, expiry, decision) in one
 * WorkspaceInvitationWorkflow per invitation.
 */
@Service
class InvitationService {
  private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

  private final InvitationRepository invitations;
  private final InvitationStore store;
  private final InvitationLinks links;
  private final WorkspaceRepository workspaces;
  private final MembershipRepository memberships;
  private final UserRepository users;
  private final WorkflowClient temporal;
  private final Clock clock;
  private final TemporalUiLinks temporalUi;

  InvitationService(
      InvitationRepository invitations,
      InvitationStore store,
      InvitationLinks links,
      WorkspaceRepository workspaces,
      MembershipRepository memberships,
      UserRepository users,
      WorkflowClient temporal,
      Clock clock,
      TemporalUiLinks temporalUi) {
    this.invitations = invitations;
    this.store = store;
    this.links = links;
    this.workspaces = workspaces;
    this.memberships = memberships;
    this.users = users;
    this.temporal = temporal;
    this.clock = clock;
    this.temporalUi = temporalUi;
  }

  InvitationView invite(WorkspaceAccess access, String rawEmail, WorkspaceRole role) {
    String email = AuthEmails.normalize(rawEmail);
    if (role == WorkspaceRole.OWNER) {
      throw ApiException.invalid("role", "must be ADMIN, EDITOR or VIEWER");
    }
    if (role == WorkspaceRole.ADMIN && access.role() != WorkspaceRole.OWNER) {
      throw ApiException.forbidden("Only the owner can invite admins");
    }
    boolean alreadyMember =
        users
            .findByEmail(email)
            .map(u -> memberships.existsById(Membership.idOf(access.workspaceId(), u.id())))
            .orElse(false);
    if (alreadyMember) {
      throw new ApiException(
          org.springframework.http.HttpStatus.CONFLICT,
          "Conflict",
          email + " is already a member of this workspace",
          Map.of("email", "is already a member"));
    }
    if (invitations.existsByWorkspaceIdAndEmailAndStatus(
        access.workspaceId(), email, InvitationStatus.PENDING)) {
      throw new ApiException(
          org.springframework.http.HttpStatus.CONFLICT,
          "Conflict",
          email + " already has a pending invitation; revoke it to invite again",
          Map.of("email", "has a pending invitation"));
    }
    Instant now = clock.instant();
    Invitation invitation =
        invitations.insert(
            new Invitation(
                new ObjectId().toHexString(),
                access.workspaceId(),
                email,
                role,
                InvitationStatus.PENDING,
                access.userId(),
                now,
                now.plus(WorkspaceInvitations.EXPIRE_AFTER),
                null,
                null,
                null));
    start(invitation);
    return view(invitation, users.findById(access.userId()).map(User::name).orElse(null));
  }

  private void start(Invitation invitation) {
    WorkspaceInvitationWorkflow workflow =
        temporal.newWorkflowStub(
            WorkspaceInvitationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId(invitation.id()))
                .setTaskQueue(WorkspaceInvitations.TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, invitation.workspaceId())
                        .build())
                .build());
    try {
      WorkflowClient.start(
          workflow::run, new InvitationRequest(invitation.id(), invitation.workspaceId()));
    } catch (RuntimeException e) {
      // Without its workflow the invitation would never be mailed nor expire: do not keep it.
      invitations.deleteById(invitation.id());
      log.error("Could not start the invitation workflow", e);
      throw ApiException.unavailable(
          "The workflow service is unreachable, so the invitation was not sent. Try again shortly.");
    }
  }

  PageResponse<InvitationView> list(WorkspaceAccess access, PageRequestParams page) {
    List<Invitation> all = invitations.findByWorkspaceIdOrderByCreatedAtDesc(access.workspaceId());
    Map<String, String> names = inviterNames(all);
    return PageResponse.of(all, page, i -> view(i, names.get(i.invitedBy())));
  }

  InvitationView revoke(WorkspaceAccess access, String invitationId) {
    Invitation invitation =
        invitations
            .findByIdAndWorkspaceId(invitationId, access.workspaceId())
            .orElseThrow(() -> ApiException.notFound("Invitation"));
    Invitation revoked =
        store
            .closePending(invitationId, InvitationStatus.REVOKED, null, clock.instant())
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        "The invitation is already "
                            + invitation.status().name().toLowerCase()
                            + " and cannot be revoked"));
    cancelWorkflow(invitationId);
    return view(revoked, users.findById(revoked.invitedBy()).map(User::name).orElse(null));
  }

  void revokeAllPending(String workspaceId) {
    for (Invitation invitation : invitations.findByWorkspaceIdOrderByCreatedAtDesc(workspaceId)) {
      if (invitation.status() == InvitationStatus.PENDING) {
        store.closePending(invitation.id(), InvitationStatus.REVOKED, null, clock.instant());
        cancelWorkflow(invitation.id());
      }
    }
    invitations.deleteByWorkspaceId(workspaceId);
  }

  PublicInvitationView lookup(String token) {
    Invitation invitation = byToken(token);
    String workspaceName =
        workspaces.findById(invitation.workspaceId()).map(w -> w.name()).orElse("(deleted)");
    return new PublicInvitationView(
        workspaceName,
        invitation.email(),
        invitation.role(),
        invitation.status(),
        invitation.expiresAt(),
        users.findById(invitation.invitedBy()).map(User::name).orElse(null));
  }

  AcceptedView accept(String token) {
    Invitation invitation = byToken(token);
    CurrentUser user = CurrentUser.get();
    if (!invitation.email().equalsIgnoreCase(user.email())) {
      throw ApiException.forbidden(
          "This invitation was sent to another email address: log in with that address to accept");
    }
    requirePending(invitation);
    try {
      workflow(invitation.id()).accept(user.id());
    } catch (WorkflowUpdateException | WorkflowNotFoundException e) {
      throw closed(invitation.id());
    }
    return new AcceptedView(invitation.workspaceId(), invitation.role());
  }

  void decline(String token) {
    Invitation invitation = byToken(token);
    requirePending(invitation);
    try {
      workflow(invitation.id()).decline();
    } catch (WorkflowUpdateException | WorkflowNotFoundException e) {
      throw closed(invitation.id());
    }
  }

  private WorkspaceInvitationWorkflow workflow(String invitationId) {
    return temporal.newWorkflowStub(WorkspaceInvitationWorkflow.class, workflowId(invitationId));
  }

  private void cancelWorkflow(String invitationId) {
    try {
      WorkflowStub.fromTyped(workflow(invitationId)).cancel();
    } catch (WorkflowNotFoundException alreadyClosed) {
      // Nothing to stop: the run ended (expired or decided) before the revocation.
    }
  }

  private Invitation byToken(String token) {
    return links
        .invitationIdOf(token)
        .flatMap(invitations::findById)
        .orElseThrow(() -> ApiException.notFound("Invitation"));
  }

  private static void requirePending(Invitation invitation) {
    if (invitation.status() != InvitationStatus.PENDING) {
      throw ApiException.conflict(
          "The invitation is " + invitation.status().name().toLowerCase() + "; ask for a new one");
    }
  }

  private ApiException closed(String invitationId) {
    InvitationStatus status =
        invitations.findById(invitationId).map(Invitation::status).orElse(InvitationStatus.REVOKED);
    return ApiException.conflict(
        "The invitation is " + status.name().toLowerCase() + "; ask for a new one");
  }

  private Map<String, String> inviterNames(List<Invitation> all) {
    return users.findByIdIn(all.stream().map(Invitation::invitedBy).distinct().toList()).stream()
        .collect(Collectors.toMap(User::id, User::name, (a, b) -> a));
  }

  private InvitationView view(Invitation invitation, String inviterName) {
    String workflowId = workflowId(invitation.id());
    String ui = temporalUi.workflow(workflowId);
    return WorkspaceViews.invitation(invitation, inviterName, workflowId, ui);
  }
}
