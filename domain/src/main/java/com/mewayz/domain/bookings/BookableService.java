package com.mewayz.domain.bookings;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something customers book: a consultation, a lesson, a haircut. A booking occupies its {@code
 * resource} (the person or room it needs) from {@code bufferBeforeMinutes} before its start to
 * {@code bufferAfterMinutes} after its end; services naming the same resource never overlap. Every
 * duration is a whole number of {@link TimeClaims#GRANULE_MINUTES}-minute granules.
 *
 * @param slug the service's name in URLs, unique in its workspace, kept when the service is renamed
 * @param slotStepMinutes how far apart the offered start times are
 * @param reminderOffsetsMinutes how long before the start each reminder goes out
 * @param followUpAfterMinutes how long after the end the follow-up goes out
 */
@Document("booking_services")
@CompoundIndex(name = "by_workspace", def = "{'workspaceId': 1, 'createdAt': -1}")
public record BookableService(
    @Id String id,
    String workspaceId,
    String name,
    String slug,
    String description,
    int durationMinutes,
    int bufferBeforeMinutes,
    int bufferAfterMinutes,
    int slotStepMinutes,
    long priceMinor,
    String currency,
    String resource,
    boolean published,
    Availability availability,
    List<Integer> reminderOffsetsMinutes,
    int followUpAfterMinutes,
    Instant createdAt,
    Instant updatedAt) {

  /** Every service of a workspace shares this resource unless it names another. */
  public static final String DEFAULT_RESOURCE = "host";
}
