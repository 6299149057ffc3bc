package com.mewayz.activities.workspaces;

import com.mewayz.activities.mail.Html;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.domain.workspaces.Invitation;
import com.mewayz.workflows.workspaces.InvitationMailKind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Renders the invitation and reminder mails. */
@Component
public class InvitationMails {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  OutgoingMail render(
      InvitationMailKind kind,
      Invitation invitation,
      String workspaceName,
      String inviterName,
      String link) {
    String subject =
        (kind == InvitationMailKind.REMINDER ? "Reminder: " : "")
            + inviterName
            + " invited you to "
            + workspaceName
            + " on Mewayz";
    String role = invitation.role().name().toLowerCase();
    String expires = DAY.format(invitation.expiresAt());
    String text =
        """
        %s invited you to join the workspace "%s" on Mewayz as %s.

        Accept or decline here: %s

        The invitation expires on %s. If you did not expect it, ignore this mail.
        """
            .formatted(inviterName, workspaceName, role, link, expires);
    String html =
        """
        <p>%s invited you to join the workspace <strong>%s</strong> on Mewayz as %s.</p>
        <p><a href="%s">Accept or decline the invitation</a></p>
        <p>The invitation expires on %s. If you did not expect it, ignore this mail.</p>
        """
            .formatted(
                Html.escape(inviterName),
                Html.escape(workspaceName),
                role,
                Html.escape(link),
                expires);
    return new OutgoingMail(invitation.email(), subject, text, html);
  }
}
