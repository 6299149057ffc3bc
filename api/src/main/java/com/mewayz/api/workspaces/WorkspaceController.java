package com.mewayz.api.workspaces;

import com.mewayz.api.security.CurrentUser;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceViews.MemberView;
import com.mewayz.api.workspaces.WorkspaceViews.RoleRequest;
import com.mewayz.api.workspaces.WorkspaceViews.WorkspaceRequest;
import com.mewayz.api.workspaces.WorkspaceViews.WorkspaceView;
import com.mewayz.domain.workspaces.WorkspaceRole;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/multi-workspace/workspaces")
class WorkspaceController {
  private final WorkspaceService workspaces;

  WorkspaceController(WorkspaceService workspaces) {
    this.workspaces = workspaces;
  }

  @GetMapping
  ApiResponse<PageResponse<WorkspaceView>> list(@Valid PageRequestParams page) {
    return ApiResponse.ok(workspaces.listFor(CurrentUser.get().id(), page));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<WorkspaceView> create(@Valid @RequestBody WorkspaceRequest body) {
    return ApiResponse.ok(
        workspaces.create(CurrentUser.get().id(), body.name()), "Workspace created");
  }

  @GetMapping("/{workspaceId}")
  ApiResponse<WorkspaceView> get(WorkspaceAccess access) {
    return ApiResponse.ok(workspaces.get(access));
  }

  @PutMapping("/{workspaceId}")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<WorkspaceView> rename(
      WorkspaceAccess access, @Valid @RequestBody WorkspaceRequest body) {
    return ApiResponse.ok(workspaces.rename(access, body.name()), "Workspace renamed");
  }

  @DeleteMapping("/{workspaceId}")
  @RequiresRole(WorkspaceRole.OWNER)
  ApiResponse<Void> delete(WorkspaceAccess access) {
    workspaces.delete(access);
    return ApiResponse.ok(null, "Workspace deleted");
  }

  @GetMapping("/{workspaceId}/members")
  ApiResponse<PageResponse<MemberView>> members(
      WorkspaceAccess access, @Valid PageRequestParams page) {
    return ApiResponse.ok(workspaces.members(access, page));
  }

  @PutMapping("/{workspaceId}/members/{userId}")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<MemberView> changeRole(
      WorkspaceAccess access, @PathVariable String userId, @Valid @RequestBody RoleRequest body) {
    return ApiResponse.ok(workspaces.changeRole(access, userId, body.role()), "Role changed");
  }

  @DeleteMapping("/{workspaceId}/members/{userId}")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<Void> remove(WorkspaceAccess access, @PathVariable String userId) {
    workspaces.remove(access, userId);
    return ApiResponse.ok(null, "Member removed");
  }
}
