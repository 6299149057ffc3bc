package com.mewayz.domain.users;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who can log in. Emails are stored lower-cased so uniqueness ignores case. */
@Document("users")
public record User(
    @Id String id,
    @Indexed(unique = true) String email,
    String name,
    String passwordHash,
    boolean emailVerified,
    Instant createdAt) {

  public User withPasswordHash(String newHash) {
    return new User(id, email, name, newHash, emailVerified, createdAt);
  }
}
