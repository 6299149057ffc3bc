package com.mewayz.workflows.workspaces;

/** The mails an invitation sends over its life. */
public enum InvitationMailKind {
  INVITATION,
  REMINDER
}
