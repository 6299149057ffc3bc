package com.mewayz.activities.mail;

import com.mewayz.domain.mail.MailDeliveries;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mails idempotently under a business key: a key already sent is skipped, and a resend after
 * a crash carries the same Message-ID. SMTP failures propagate so the activity retries.
 */
@Component
public class Mailer {
  private final JavaMailSender sender;
  private final MailDeliveries deliveries;
  private final Clock clock;
  private final String from;

  public Mailer(
      JavaMailSender sender,
      MailDeliveries deliveries,
      Clock clock,
      @Value("${mewayz.mail.from:Mewayz <no-reply@mewayz.local>}") String from) {
    this.sender = sender;
    this.deliveries = deliveries;
    this.clock = clock;
    this.from = from;
  }

  /** Sends {@code mail} unless a mail under {@code key} was sent already; true when sent now. */
  public boolean send(String key, OutgoingMail mail) {
    if (!deliveries.begin(key, clock.instant())) {
      return false;
    }
    sender.send(toMime(key, mail));
    deliveries.markSent(key, clock.instant());
    return true;
  }

  /**
   * An empty message whose Message-ID comes from {@code key}, for senders that build their own
   * (campaigns): a resend after a crash carries the same Message-ID.
   */
  public MimeMessage keyedMessage(String key) {
    return new KeyedMimeMessage(sender.createMimeMessage(), messageId(key));
  }

  /** An SMTP connection for many messages; the caller closes it. */
  public SmtpConnection openConnection() throws jakarta.mail.MessagingException {
    if (!(sender instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl)) {
      throw new IllegalStateException("Bulk sending needs the SMTP sender of MailConfiguration");
    }
    return SmtpConnection.open(impl);
  }

  private MimeMessage toMime(String key, OutgoingMail mail) {
    MimeMessage message = new KeyedMimeMessage(sender.createMimeMessage(), messageId(key));
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      for (OutgoingMail.Attachment attachment : mail.attachments()) {
        helper.addAttachment(
            attachment.filename(),
            new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
      return message;
    } catch (MessagingException e) {
      throw new IllegalArgumentException("Cannot build the mail " + key + ": " + e.getMessage(), e);
    }
  }

  static String messageId(String key) {
    return "<" + key.replaceAll("[^A-Za-z0-9._-]", ".") + "@mewayz>";
  }
}
