package com.mewayz.domain.workspaces;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user's place in a workspace. Its id is {@code workspaceId:userId}, so it exists once. */
@Document("memberships")
@CompoundIndex(name = "user_workspaces", def = "{'userId': 1, 'workspaceId': 1}")
public record Membership(
    @Id String id, String workspaceId, String userId, WorkspaceRole role, Instant joinedAt) {

  public static String idOf(String workspaceId, String userId) {
    return workspaceId + ":" + userId;
  }

  public static Membership of(String workspaceId, String userId, WorkspaceRole role, Instant now) {
    return new Membership(idOf(workspaceId, userId), workspaceId, userId, role, now);
  }

  public Membership withRole(WorkspaceRole newRole) {
    return new Membership(id, workspaceId, userId, newRole, joinedAt);
  }
}
