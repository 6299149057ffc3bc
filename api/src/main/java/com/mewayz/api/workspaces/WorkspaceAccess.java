package com.mewayz.api.workspaces;

import com.mewayz.domain.workspaces.WorkspaceRole;

/** The caller's verified membership of the workspace a request is about. */
public record WorkspaceAccess(String workspaceId, String userId, WorkspaceRole role) {}
