package com.mewayz.domain.payments;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Stripe event a workspace's webhook accepted, kept once: the unique index on workspace and event
 * id turns Stripe's redeliveries into no-ops. {@code created} is Stripe's own time of the event,
 * which orders events about the same object however late they arrive.
 */
@Document("stripe_events")
@CompoundIndex(name = "workspace_event", def = "{'workspaceId': 1, 'eventId': 1}", unique = true)
public record StripeEventRecord(
    @Id String id,
    String workspaceId,
    String eventId,
    String type,
    String objectId,
    Instant created,
    Instant receivedAt) {

  public static String idOf(String workspaceId, String eventId) {
    return workspaceId + ":" + eventId;
  }
}
