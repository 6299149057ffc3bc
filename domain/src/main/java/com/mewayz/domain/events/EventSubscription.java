package com.mewayz.domain.events;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A run waiting at a node for an event of a type and key. Id: {@code runId:nodeId}. */
@Document("event_subscriptions")
@CompoundIndex(name = "by_event", def = "{'workspaceId': 1, 'eventType': 1, 'key': 1}")
public record EventSubscription(
    @Id String id,
    String workspaceId,
    String eventType,
    String key,
    String runId,
    String nodeId,
    Instant createdAt) {}
