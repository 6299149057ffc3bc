package com.mewayz.workflows.workspaces;

import java.time.Duration;

/** Names and timings of the invitation process, shared by the API, the worker and the tests. */
public final class WorkspaceInvitations {
  public static final String TASK_QUEUE = "workspaces";
  public static final Duration REMIND_AFTER = Duration.ofDays(3);
  public static final Duration EXPIRE_AFTER = Duration.ofDays(7);

  private WorkspaceInvitations() {}

  public static String workflowId(String invitationId) {
    return "invitation-" + invitationId;
  }
}
