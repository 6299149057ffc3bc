package com.mewayz.activities.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mewayz.domain.mail.MailDeliveries;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Idempotent delivery over a real SMTP conversation (GreenMail) and a MongoDB-protocol ledger. */
class MailerTest {
  private final GreenMail smtp =
      new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private MongoServer mongoServer;
  private MongoClient mongoClient;
  private MailDeliveries deliveries;
  private JavaMailSenderImpl sender;
  private Mailer mailer;

  @BeforeEach
  void start() {
    smtp.start();
    mongoServer = new MongoServer(new MemoryBackend());
    mongoServer.bind("127.0.0.1", 0);
    mongoClient =
        MongoClients.create("mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort());
    deliveries = new MailDeliveries(new MongoTemplate(mongoClient, "mailer-test"));
    sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    mailer = new Mailer(sender, deliveries, Clock.systemUTC(), "Mewayz <no-reply@mewayz.test>");
  }

  @AfterEach
  void stop() {
    mongoClient.close();
    mongoServer.shutdownNow();
    smtp.stop();
  }

  @Test
  void sendsOnceUnderOneKeyHoweverOftenItIsRetried() throws Exception {
    assertThat(mailer.send("invitation:1:INVITATION", mail())).isTrue();
    assertThat(mailer.send("invitation:1:INVITATION", mail())).isFalse();
    assertThat(mailer.send("invitation:1:REMINDER", mail())).isTrue();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[0].getSubject()).isEqualTo("You are invited");
    assertThat(received[0].getMessageID()).isEqualTo("<invitation.1.INVITATION@mewayz>");
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("Mewayz <no-reply@mewayz.test>");
  }

  @Test
  void attachmentsTravelWithTheirContentType() throws Exception {
    OutgoingMail invite =
        new OutgoingMail(
            "ana@example.test",
            "Booked",
            "See the invitation",
            "<p>See the invitation</p>",
            java.util.List.of(
                new OutgoingMail.Attachment(
                    "invite.ics",
                    "text/calendar; method=REQUEST; charset=UTF-8",
                    "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));

    mailer.send("booking:1:CONFIRMATION:0", invite);

    String raw =
        com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(smtp.getReceivedMessages()[0]);
    assertThat(raw)
        .contains("text/calendar; method=REQUEST; charset=UTF-8")
        .contains("filename=invite.ics");
  }

  @Test
  void aCrashBetweenSmtpAndTheLedgerResendsWithTheSameMessageId() throws Exception {
    MongoTemplate mongo = new MongoTemplate(mongoClient, "mailer-test");
    // The worker hands the mail to SMTP, then dies before recording it as sent.
    MailDeliveries crashingOnce =
        new MailDeliveries(mongo) {
          private boolean crashed;

          @Override
          public void markSent(String key, java.time.Instant now) {
            if (!crashed) {
              crashed = true;
              throw new IllegalStateException("worker killed");
            }
            super.markSent(key, now);
          }
        };
    Mailer dying = new Mailer(sender, crashingOnce, Clock.systemUTC(), "no-reply@mewayz.test");
    assertThatThrownBy(() -> dying.send("invitation:2:INVITATION", mail()))
        .hasMessage("worker killed");

    // The activity's retry sends it again rather than losing it, as the same message.
    assertThat(dying.send("invitation:2:INVITATION", mail())).isTrue();
    assertThat(dying.send("invitation:2:INVITATION", mail())).isFalse();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
    assertThat(deliveries.wasSent("invitation:2:INVITATION")).isTrue();
  }

  @Test
  void anUnreachableServerFailsSoTheActivityRetriesAndNothingIsMarkedSent() {
    smtp.stop();

    assertThatThrownBy(() -> mailer.send("invitation:3:INVITATION", mail()))
        .isInstanceOf(MailSendException.class);
    assertThat(deliveries.wasSent("invitation:3:INVITATION")).isFalse();
  }

  private static OutgoingMail mail() {
    return new OutgoingMail("bob@example.test", "You are invited", "Join us", "<p>Join us</p>");
  }
}
