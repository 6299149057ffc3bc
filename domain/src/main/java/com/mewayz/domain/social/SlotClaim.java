package com.mewayz.domain.social;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A queue slot held by a post. The id is {@code {workspaceId}:{slot instant}}, so two posts added
 * to the queue at the same moment cannot take the same slot: the second insert fails on the id,
 * which every MongoDB server enforces, and that post tries the next slot.
 */
@Document("social_slot_claims")
public record SlotClaim(@Id String id, String workspaceId, String postId, Instant at) {

  public static String id(String workspaceId, Instant at) {
    return workspaceId + ":" + at.toEpochMilli();
  }
}
