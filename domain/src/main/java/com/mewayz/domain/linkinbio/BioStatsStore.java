package com.mewayz.domain.linkinbio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Per-day counters of public pages, added to in batches by one upsert per page and day. */
@Component
public class BioStatsStore {
  private final MongoTemplate mongo;

  public BioStatsStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Adds views and clicks (per block id) to the page's counts of {@code day}. */
  public void add(
      String pageId, String workspaceId, LocalDate day, long views, Map<String, Long> clicks) {
    String dayKey = day.toString();
    Update update =
        new Update()
            .setOnInsert("pageId", pageId)
            .setOnInsert("workspaceId", workspaceId)
            .setOnInsert("day", dayKey)
            .inc("views", views);
    clicks.forEach((blockId, count) -> update.inc("clicks." + blockId, count));
    mongo.upsert(
        Query.query(Criteria.where("_id").is(BioDailyStats.idOf(pageId, dayKey))),
        update,
        BioDailyStats.class);
  }

  /** The page's days from {@code from} to {@code to} inclusive that have counts, oldest first. */
  public List<BioDailyStats> between(String pageId, LocalDate from, LocalDate to) {
    return mongo.find(
        Query.query(
                Criteria.where("pageId")
                    .is(pageId)
                    .and("day")
                    .gte(from.toString())
                    .lte(to.toString()))
            .with(Sort.by("day")),
        BioDailyStats.class);
  }

  public void deleteOfPage(String pageId) {
    mongo.remove(Query.query(Criteria.where("pageId").is(pageId)), BioDailyStats.class);
  }
}
