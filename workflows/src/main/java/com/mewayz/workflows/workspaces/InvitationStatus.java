package com.mewayz.workflows.workspaces;

/** Life of a workspace invitation. Only {@link #PENDING} can still change. */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  EXPIRED,
  REVOKED;

  public boolean isFinal() {
    return this != PENDING;
  }
}
