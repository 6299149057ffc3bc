package com.mewayz.domain.idempotency;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The answer to a create request sent with an {@code Idempotency-Key}, kept for a day so a client
 * retrying after a timeout gets the same answer instead of a second object. {@code takeovers}
 * counts the retries that took the key over from an attempt that died before answering (null in
 * records written before it was counted).
 */
@Document("idempotency_records")
public record IdempotencyRecord(
    @Id String id,
    String fingerprint,
    boolean completed,
    int status,
    String contentType,
    String body,
    @Indexed(expireAfter = "24h") Instant createdAt,
    Integer takeovers) {}
