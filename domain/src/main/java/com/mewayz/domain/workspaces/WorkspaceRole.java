package com.mewayz.domain.workspaces;

/** Roles of a workspace member, strongest first. */
public enum WorkspaceRole {
  OWNER,
  ADMIN,
  EDITOR,
  VIEWER;

  public boolean atLeast(WorkspaceRole required) {
    return ordinal() <= required.ordinal();
  }
}
