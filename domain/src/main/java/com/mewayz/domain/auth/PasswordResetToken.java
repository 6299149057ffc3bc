package com.mewayz.domain.auth;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A single-use password reset token; only its SHA-256 hash is stored. */
@Document("password_reset_tokens")
public record PasswordResetToken(
    @Id String id,
    @Indexed(unique = true) String tokenHash,
    String userId,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt) {}
