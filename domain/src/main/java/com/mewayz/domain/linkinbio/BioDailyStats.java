package com.mewayz.domain.linkinbio;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A page's counts for one UTC day ({@code yyyy-MM-dd}): views and clicks per block id. Only counts
 * are kept: no address, cookie or other visitor identifier. Id: {@code pageId:day}.
 */
@Document("bio_daily_stats")
@CompoundIndex(name = "by_page_day", def = "{'pageId': 1, 'day': 1}")
public record BioDailyStats(
    @Id String id,
    String pageId,
    String workspaceId,
    String day,
    long views,
    Map<String, Long> clicks) {

  public static String idOf(String pageId, String day) {
    return pageId + ":" + day;
  }
}
