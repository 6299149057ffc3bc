package com.mewayz.workflows.workspaces;

import io.temporal.activity.ActivityInterface;

/**
 * Side effects of the invitation process. Every method is idempotent: the invitation record in
 * MongoDB only moves out of PENDING once (a conditional update), and each mail is recorded under
 * {@code invitationId + kind} before it is considered sent.
 */
@ActivityInterface
public interface InvitationActivities {

  /**
   * Sends the invitation or reminder mail, at most once per invitation and kind (retries after a
   * confirmed send are no-ops). A mail server that is down is retryable; a missing invitation fails
   * with {@code NOT_FOUND}, not retryable.
   */
  void sendMail(String invitationId, InvitationMailKind kind);

  /**
   * Makes the invitee a member with the invited role and marks the invitation ACCEPTED. Fails with
   * {@code INVALID_STATE}, not retryable, when the invitation is no longer pending.
   */
  InvitationStatus accept(String invitationId, String userId);

  /**
   * Moves a pending invitation to {@code outcome} (DECLINED, EXPIRED or REVOKED) and returns the
   * status it has afterwards, which is the earlier outcome if another one won the race.
   */
  InvitationStatus close(String invitationId, InvitationStatus outcome);
}
