package com.mewayz.domain.bookings;

import com.mewayz.workflows.bookings.BookingStatus;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer's booking of a service. The time it occupies is held by its {@link TimeClaims}; this
 * record is what the API lists and what the reminder workflow renders. {@code sequence} is the
 * calendar SEQUENCE of its invitation, bumped by every reschedule and by the cancellation.
 */
@Document("bookings")
@CompoundIndex(name = "by_workspace", def = "{'workspaceId': 1, 'startAt': 1}")
public record Booking(
    @Id String id,
    String workspaceId,
    String serviceId,
    String serviceName,
    String resource,
    String customerName,
    String customerEmail,
    String customerTimeZone,
    String notes,
    Instant startAt,
    Instant endAt,
    int bufferBeforeMinutes,
    int bufferAfterMinutes,
    BookingStatus status,
    int sequence,
    String cancelledBy,
    Instant createdAt,
    Instant updatedAt) {

  public int durationMinutes() {
    return (int) java.time.Duration.between(startAt, endAt).toMinutes();
  }

  /** The time the booking keeps its resource busy: the event and its buffers. */
  public Instant occupiedFrom() {
    return startAt.minusSeconds(bufferBeforeMinutes * 60L);
  }

  public Instant occupiedUntil() {
    return endAt.plusSeconds(bufferAfterMinutes * 60L);
  }
}
