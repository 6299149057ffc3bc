package com.mewayz.domain.bookings;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One granule of a resource's time held by a booking. The id {@code
 * {workspaceId}:{resource}:{epochMinute}} is what makes a double booking impossible: MongoDB keeps
 * {@code _id} unique on every server, so two bookings can never both hold the same granule.
 */
@Document("booking_time_claims")
@CompoundIndex(name = "by_resource", def = "{'workspaceId': 1, 'resource': 1, 'minute': 1}")
public record TimeClaim(
    @Id String id,
    String workspaceId,
    String resource,
    long minute,
    String bookingId,
    Instant claimedAt) {}
