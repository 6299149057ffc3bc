package com.mewayz.domain.campaigns;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An email campaign: what is sent (subject, HTML and text bodies with merge tags), from whom, to
 * which audience (a segment, or every contact when none), and when. Its EmailCampaignWorkflow sends
 * it; the delivery of each recipient is recorded in {@link CampaignDelivery}.
 */
@Document("campaigns")
@CompoundIndex(name = "by_workspace", def = "{'workspaceId': 1, 'createdAt': -1}")
public record Campaign(
    @Id String id,
    String workspaceId,
    String name,
    String subject,
    String html,
    String text,
    String fromName,
    String fromEmail,
    String replyTo,
    String segmentId,
    String status,
    Instant scheduledAt,
    Instant startedAt,
    Instant finishedAt,
    CampaignCounts counts,
    Instant createdAt,
    Instant updatedAt) {

  public static final String DRAFT = "DRAFT";
  public static final String SCHEDULED = "SCHEDULED";
  public static final String SENDING = "SENDING";
  public static final String PAUSED = "PAUSED";
  public static final String SENT = "SENT";
  public static final String CANCELLED = "CANCELLED";

  /** The final counts, written when the campaign ends. */
  public record CampaignCounts(long audience, long sent, long failed, long skipped) {}
}
