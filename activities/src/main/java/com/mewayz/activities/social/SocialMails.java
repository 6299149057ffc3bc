package com.mewayz.activities.social;

import com.mewayz.activities.mail.Html;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.domain.social.SocialPost;
import com.mewayz.domain.users.User;
import com.mewayz.workflows.social.TargetStatus;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The mail an author receives when a post failed on some of its accounts. */
@Component
public class SocialMails {

  OutgoingMail failed(User owner, SocialPost post) {
    String failures =
        post.accountIds().stream()
            .map(post::target)
            .filter(t -> t != null && t.status() == TargetStatus.FAILED)
            .map(t -> "- " + t.platform().label() + " " + t.accountName() + ": " + t.error())
            .collect(Collectors.joining("\n"));
    long failed = failures.lines().count();
    String subject =
        failed == post.accountIds().size()
            ? "Your post was not published"
            : "Your post was not published on " + failed + " of its accounts";
    String text =
        "Hello "
            + owner.name()
            + ",\n\nYour post \""
            + excerpt(post.text())
            + "\" scheduled for "
            + post.scheduledAt()
            + " could not be published:\n\n"
            + failures
            + "\n\nReconnect the account or change the post, then schedule it again.\n";
    String html = "<p>" + Html.escape(text).replace("\n", "<br>") + "</p>";
    return new OutgoingMail(owner.email(), subject, text, html);
  }

  private static String excerpt(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
