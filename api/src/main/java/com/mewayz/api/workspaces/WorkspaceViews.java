package com.mewayz.api.workspaces;

import com.mewayz.domain.users.User;
import com.mewayz.domain.workspaces.Invitation;
import com.mewayz.domain.workspaces.Membership;
import com.mewayz.domain.workspaces.Workspace;
import com.mewayz.domain.workspaces.WorkspaceRole;
import com.mewayz.workflows.workspaces.InvitationStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Request and response bodies of the workspace endpoints. */
final class WorkspaceViews {
  private WorkspaceViews() {}

  record WorkspaceRequest(@NotBlank @Size(max = 80) String name) {}

  record RoleRequest(@NotNull WorkspaceRole role) {}

  record InviteRequest(
      @NotBlank @Email @Size(max = 254) String email, @NotNull WorkspaceRole role) {}

  record WorkspaceView(
      String id,
      String name,
      String slug,
      WorkspaceRole role,
      Instant createdAt,
      Instant updatedAt) {
    static WorkspaceView of(Workspace w, WorkspaceRole role) {
      return new WorkspaceView(w.id(), w.name(), w.slug(), role, w.createdAt(), w.updatedAt());
    }
  }

  record MemberView(
      String userId, String email, String name, WorkspaceRole role, Instant joinedAt) {
    static MemberView of(Membership m, User user) {
      return new MemberView(
          m.userId(),
          user == null ? null : user.email(),
          user == null ? "(deleted account)" : user.name(),
          m.role(),
          m.joinedAt());
    }
  }

  record InvitationView(
      String id,
      String email,
      WorkspaceRole role,
      InvitationStatus status,
      String invitedByName,
      Instant createdAt,
      Instant expiresAt,
      Instant reminderSentAt,
      Instant decidedAt,
      String workflowId,
      String temporalUiUrl) {}

  record PublicInvitationView(
      String workspaceName,
      String email,
      WorkspaceRole role,
      InvitationStatus status,
      Instant expiresAt,
      String invitedByName) {}

  record AcceptedView(String workspaceId, WorkspaceRole role) {}

  static InvitationView invitation(Invitation i, String inviterName, String workflowId, String ui) {
    return new InvitationView(
        i.id(),
        i.email(),
        i.role(),
        i.status(),
        inviterName,
        i.createdAt(),
        i.expiresAt(),
        i.reminderSentAt(),
        i.decidedAt(),
        workflowId,
        ui);
  }
}
