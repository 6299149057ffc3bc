package com.mewayz.api.workspaces;

import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceViews.AcceptedView;
import com.mewayz.api.workspaces.WorkspaceViews.InvitationView;
import com.mewayz.api.workspaces.WorkspaceViews.InviteRequest;
import com.mewayz.api.workspaces.WorkspaceViews.PublicInvitationView;
import com.mewayz.domain.workspaces.WorkspaceRole;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/multi-workspace")
class InvitationController {
  private final InvitationService invitations;

  InvitationController(InvitationService invitations) {
    this.invitations = invitations;
  }

  @PostMapping("/workspaces/{workspaceId}/invitations")
  @RequiresRole(WorkspaceRole.ADMIN)
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<InvitationView> invite(
      WorkspaceAccess access, @Valid @RequestBody InviteRequest body) {
    return ApiResponse.ok(
        invitations.invite(access, body.email(), body.role()),
        "Invitation sent to " + body.email());
  }

  @GetMapping("/workspaces/{workspaceId}/invitations")
  ApiResponse<PageResponse<InvitationView>> list(
      WorkspaceAccess access, @Valid PageRequestParams page) {
    return ApiResponse.ok(invitations.list(access, page));
  }

  @DeleteMapping("/workspaces/{workspaceId}/invitations/{invitationId}")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<InvitationView> revoke(WorkspaceAccess access, @PathVariable String invitationId) {
    return ApiResponse.ok(invitations.revoke(access, invitationId), "Invitation revoked");
  }

  @GetMapping("/invitations/{token}")
  ApiResponse<PublicInvitationView> lookup(@PathVariable String token) {
    return ApiResponse.ok(invitations.lookup(token));
  }

  @PostMapping("/invitations/{token}/accept")
  ApiResponse<AcceptedView> accept(@PathVariable String token) {
    return ApiResponse.ok(invitations.accept(token), "Welcome to the workspace");
  }

  @PostMapping("/invitations/{token}/decline")
  ApiResponse<Void> decline(@PathVariable String token) {
    invitations.decline(token);
    return ApiResponse.ok(null, "Invitation declined");
  }
}
