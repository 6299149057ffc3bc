package com.mewayz.activities.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection kept open for many messages, for bulk senders: a campaign batch sends
 * hundreds of mails over it instead of connecting (and greeting, and authenticating) for each
 * group. A refused recipient is answered, not thrown; a broken connection throws.
 */
public final class SmtpConnection implements AutoCloseable {
  private final Transport transport;

  private SmtpConnection(Transport transport) {
    this.transport = transport;
  }

  static SmtpConnection open(JavaMailSenderImpl sender) throws MessagingException {
    Transport transport =
        sender
            .getSession()
            .getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
    transport.connect(
        sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
    return new SmtpConnection(transport);
  }

  /** Sends the message: null when the server took it, else its refusal of the recipients. */
  public SendFailedException send(MimeMessage message) throws MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    message.saveChanges();
    try {
      transport.sendMessage(message, message.getAllRecipients());
      return null;
    } catch (SendFailedException refused) {
      if (refused.getInvalidAddresses() == null && refused.getValidUnsentAddresses() == null) {
        throw refused;
      }
      return refused;
    }
  }

  @Override
  public void close() throws MessagingException {
    transport.close();
  }
}
