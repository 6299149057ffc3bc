package com.mewayz.activities.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A MimeMessage whose Message-ID comes from the delivery key instead of a random one, so a mail
 * sent again after a crash is recognisably the same mail.
 */
final class KeyedMimeMessage extends MimeMessage {
  private final String messageId;

  KeyedMimeMessage(MimeMessage template, String messageId) {
    super(template.getSession());
    this.messageId = messageId;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }
}
