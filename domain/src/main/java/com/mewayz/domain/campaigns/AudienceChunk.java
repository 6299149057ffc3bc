package com.mewayz.domain.campaigns;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One chunk of a campaign's audience snapshot, under the key {@code campaignId:number}. */
@Document("campaign_audience_chunks")
public record AudienceChunk(@Id String id, String campaignId, int number, List<String> contactIds) {

  public static String idOf(String campaignId, int number) {
    return campaignId + ":" + number;
  }
}
