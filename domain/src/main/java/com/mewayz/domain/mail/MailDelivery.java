package com.mewayz.domain.mail;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail Mewayz means to send, under a business key (workflow id plus purpose, or campaign plus
 * contact). It makes mail sending idempotent across activity retries and worker crashes.
 */
@Document("mail_deliveries")
public record MailDelivery(
    @Id String key, String state, int attempts, Instant firstAttemptAt, Instant sentAt) {
  public static final String SENDING = "SENDING";
  public static final String SENT = "SENT";
}
