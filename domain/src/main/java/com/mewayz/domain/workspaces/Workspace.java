package com.mewayz.domain.workspaces;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("workspaces")
public record Workspace(
    @Id String id,
    String name,
    @Indexed(unique = true) String slug,
    @Indexed String ownerId,
    Instant createdAt,
    Instant updatedAt) {

  public Workspace renamed(String newName, Instant now) {
    return new Workspace(id, newName, slug, ownerId, createdAt, now);
  }
}
