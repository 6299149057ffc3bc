package com.mewayz.domain.auth;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One refresh token of a login session. Only its SHA-256 hash is stored. Tokens of one login form a
 * family: each refresh uses one up and issues the next; presenting a used token again means it was
 * stolen, and the whole family is revoked.
 */
@Document("refresh_tokens")
public record RefreshToken(
    @Id String id,
    @Indexed(unique = true) String tokenHash,
    String userId,
    @Indexed String familyId,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt,
    Instant revokedAt) {}
