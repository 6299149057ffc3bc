package com.mewayz.domain.events;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something that happened in a workspace ({@code contact.created}, {@code order.paid}...). Its id
 * makes delivery idempotent: the same event id starts an automation once. {@code key} correlates it
 * with runs waiting for it (an order id, a contact's email).
 */
@Document("platform_events")
@CompoundIndex(
    name = "by_type_key",
    def = "{'workspaceId': 1, 'type': 1, 'key': 1, 'occurredAt': 1}")
public record PlatformEvent(
    @Id String id,
    String workspaceId,
    String type,
    String key,
    Map<String, Object> data,
    Instant occurredAt) {}
