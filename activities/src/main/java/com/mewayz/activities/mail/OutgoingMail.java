package com.mewayz.activities.mail;

import java.util.List;

/** A rendered mail ready to hand to SMTP, with its attachments (none for most mails). */
public record OutgoingMail(
    String to, String subject, String text, String html, List<Attachment> attachments) {

  public OutgoingMail(String to, String subject, String text, String html) {
    this(to, subject, text, html, List.of());
  }

  public OutgoingMail {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /**
   * A file sent with the mail.
   *
   * @param contentType the full MIME type, parameters included ({@code text/calendar;
   *     method=REQUEST; charset=UTF-8})
   */
  public record Attachment(String filename, String contentType, byte[] content) {}
}
