package com.mewayz.activities.mail;

import java.time.Instant;
import java.util.List;

/** A mail the embedded SMTP sink received. */
public record ReceivedMail(
    String id,
    String from,
    List<String> to,
    String subject,
    String text,
    String html,
    Instant receivedAt) {}
