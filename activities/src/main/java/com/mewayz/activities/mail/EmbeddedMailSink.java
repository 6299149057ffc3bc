package com.mewayz.activities.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The in-process SMTP server of embedded mode; keeps received mails in memory for the UI. */
public class EmbeddedMailSink {
  private final GreenMail greenMail;

  EmbeddedMailSink(int port) {
    this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  void start() {
    greenMail.start();
  }

  void stop() {
    greenMail.stop();
  }

  public int port() {
    return greenMail.getSmtp().getPort();
  }

  /** Received mails, newest first. */
  public List<ReceivedMail> mails() {
    MimeMessage[] received = greenMail.getReceivedMessages();
    List<ReceivedMail> mails = new ArrayList<>();
    for (int i = 0; i < received.length; i++) {
      mails.add(toReceived(String.valueOf(i + 1), received[i]));
    }
    mails.sort(Comparator.comparing(ReceivedMail::receivedAt).reversed());
    return mails;
  }

  /** The received messages as they arrived, headers and all. */
  public MimeMessage[] received() {
    return greenMail.getReceivedMessages();
  }

  public void clear() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot clear the mail sink", e);
    }
  }

  private static ReceivedMail toReceived(String id, MimeMessage message) {
    try {
      Bodies bodies = new Bodies();
      bodies.collect(message);
      Instant received =
          message.getReceivedDate() != null
              ? message.getReceivedDate().toInstant()
              : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
      return new ReceivedMail(
          id,
          message.getMessageID(),
          message.getFrom() == null ? "" : message.getFrom()[0].toString(),
          Arrays.stream(message.getAllRecipients())
              .map(a -> ((InternetAddress) a).getAddress())
              .toList(),
          message.getSubject(),
          bodies.text,
          bodies.html,
          received);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read a received mail", e);
    }
  }

  private static final class Bodies {
    String text = "";
    String html = "";

    void collect(Part part) throws Exception {
      if (part.isMimeType("text/plain") && text.isEmpty()) {
        text = asString(part);
      } else if (part.isMimeType("text/html") && html.isEmpty()) {
        html = asString(part);
      } else if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          collect(body);
        }
      }
    }

    private static String asString(Part part) throws Exception {
      Object content = part.getContent();
      if (content instanceof String s) {
        return s;
      }
      try (var in = part.getInputStream()) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }
  }
}
