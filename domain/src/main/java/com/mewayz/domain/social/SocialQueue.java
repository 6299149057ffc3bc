package com.mewayz.domain.social;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workspace's posting queue: weekly time slots in the workspace's time zone (Mon, Wed, Fri at
 * 09:00 Europe/Paris...). A post added to the queue takes the next slot no other post holds.
 */
@Document("social_queues")
public record SocialQueue(
    @Id String workspaceId, String timeZone, List<Slot> slots, Instant updatedAt) {

  /** A weekly slot: a day of the week and a local time, {@code HH:mm}. */
  public record Slot(DayOfWeek day, String time) {}
}
