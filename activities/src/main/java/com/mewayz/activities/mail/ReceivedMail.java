package com.mewayz.activities.mail;

import java.time.Instant;
import java.util.List;

/**
 * A mail the embedded SMTP sink received: {@code id} is its place in arrival order, {@code
 * messageId} its Message-ID header, which a resend after a crash repeats.
 */
public record ReceivedMail(
    String id,
    String messageId,
    String from,
    List<String> to,
    String subject,
    String text,
    String html,
    Instant receivedAt) {}
