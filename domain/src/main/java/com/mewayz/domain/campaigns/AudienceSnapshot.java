package com.mewayz.domain.campaigns;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who a campaign goes to, fixed when it starts: {@code size} contact ids in order, stored in chunks
 * of {@link CampaignAudiences#CHUNK}. {@code chunkStarts} holds each chunk's first id, so a batch
 * finds where the previous one stopped without reading the chunks before it. Written after its
 * chunks: once it exists, the snapshot is whole.
 */
@Document("campaign_audiences")
public record AudienceSnapshot(
    @Id String campaignId, long size, List<String> chunkStarts, Instant takenAt) {}
