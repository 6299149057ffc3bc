package com.mewayz.workflows.workspaces;

/**
 * Input of {@link WorkspaceInvitationWorkflow}. Carries ids only: the invitee's link token is
 * derived by the mail activity, so no secret ever enters the workflow history.
 */
public record InvitationRequest(String invitationId, String workspaceId) {}
