package com.mewayz.domain.campaigns;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How many recipients of a campaign opened it, clicked, bounced later (a report from their mail
 * server) and complained, counted as each first one is recorded: the live progress reads one
 * document instead of counting deliveries on every refresh.
 */
@Document("campaign_engagement")
public record CampaignEngagement(
    @Id String campaignId, long opens, long clickers, long bounces, long complaints) {}
