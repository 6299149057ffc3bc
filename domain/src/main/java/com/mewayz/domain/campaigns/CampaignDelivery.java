package com.mewayz.domain.campaigns;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One recipient of one campaign, under the key {@code campaignId:contactId}: claimed (SENDING)
 * before the mail goes out, SENT once the SMTP server took it, FAILED when it refused it. The key
 * is what makes a campaign send each contact one mail, whatever crashes meanwhile.
 */
@Document("campaign_deliveries")
public record CampaignDelivery(
    @Id String id,
    @Indexed String campaignId,
    String contactId,
    String email,
    String status,
    String error,
    Instant claimedAt,
    Instant doneAt,
    Instant openedAt,
    int clicks) {

  public static final String SENDING = "SENDING";
  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";

  public static String idOf(String campaignId, String contactId) {
    return campaignId + ":" + contactId;
  }
}
