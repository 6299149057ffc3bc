package com.mewayz.activities.workspaces;

import com.mewayz.activities.mail.Mailer;
import com.mewayz.domain.users.User;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.domain.workspaces.Invitation;
import com.mewayz.domain.workspaces.InvitationLinks;
import com.mewayz.domain.workspaces.InvitationStore;
import com.mewayz.domain.workspaces.Membership;
import com.mewayz.domain.workspaces.MembershipRepository;
import com.mewayz.domain.workspaces.Workspace;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.workflows.common.FailureTypes;
import com.mewayz.workflows.workspaces.InvitationActivities;
import com.mewayz.workflows.workspaces.InvitationMailKind;
import com.mewayz.workflows.workspaces.InvitationStatus;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import org.springframework.stereotype.Component;

@Component
public class InvitationActivitiesImpl implements InvitationActivities {
  private final InvitationStore invitations;
  private final WorkspaceRepository workspaces;
  private final MembershipRepository memberships;
  private final UserRepository users;
  private final InvitationLinks links;
  private final InvitationMails mails;
  private final Mailer mailer;
  private final Clock clock;

  public InvitationActivitiesImpl(
      InvitationStore invitations,
      WorkspaceRepository workspaces,
      MembershipRepository memberships,
      UserRepository users,
      InvitationLinks links,
      InvitationMails mails,
      Mailer mailer,
      Clock clock) {
    this.invitations = invitations;
    this.workspaces = workspaces;
    this.memberships = memberships;
    this.users = users;
    this.links = links;
    this.mails = mails;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public void sendMail(String invitationId, InvitationMailKind kind) {
    Invitation invitation = load(invitationId);
    if (invitation.status().isFinal()) {
      return; // decided meanwhile: nobody needs the mail any more
    }
    Workspace workspace = workspaces.findById(invitation.workspaceId()).orElseThrow(this::gone);
    String inviter = users.findById(invitation.invitedBy()).map(User::name).orElse("A teammate");
    String link = links.linkFor(invitationId);
    mailer.send(
        "invitation:" + invitationId + ":" + kind,
        mails.render(kind, invitation, workspace.name(), inviter, link));
    if (kind == InvitationMailKind.REMINDER) {
      invitations.markReminderSent(invitationId, clock.instant());
    }
  }

  @Override
  public InvitationStatus accept(String invitationId, String userId) {
    Invitation invitation =
        invitations
            .closePending(invitationId, InvitationStatus.ACCEPTED, userId, clock.instant())
            .orElseGet(() -> load(invitationId));
    boolean acceptedByThisUser =
        invitation.status() == InvitationStatus.ACCEPTED && userId.equals(invitation.acceptedBy());
    if (!acceptedByThisUser) {
      throw ApplicationFailure.newNonRetryableFailure(
          "The invitation is " + invitation.status().name().toLowerCase(),
          FailureTypes.INVALID_STATE.type());
    }
    // Also reached on a retry after a crash between the two writes: the membership id is
    // workspace:user, so it is created once.
    String membershipId = Membership.idOf(invitation.workspaceId(), userId);
    if (!memberships.existsById(membershipId)) {
      memberships.save(
          Membership.of(invitation.workspaceId(), userId, invitation.role(), clock.instant()));
    }
    return InvitationStatus.ACCEPTED;
  }

  @Override
  public InvitationStatus close(String invitationId, InvitationStatus outcome) {
    return invitations
        .closePending(invitationId, outcome, null, clock.instant())
        .map(Invitation::status)
        .orElseGet(() -> load(invitationId).status());
  }

  private Invitation load(String invitationId) {
    return invitations.find(invitationId).orElseThrow(this::gone);
  }

  private ApplicationFailure gone() {
    return ApplicationFailure.newNonRetryableFailure(
        "The invitation or its workspace no longer exists", FailureTypes.NOT_FOUND.type());
  }
}
