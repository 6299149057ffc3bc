package com.mewayz.domain.campaigns;

import com.mewayz.domain.crm.Contact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Campaign audiences as snapshots taken when a campaign starts. The audience query runs once; each
 * batch then reads the next ids from the snapshot and its contacts by id, lookups every MongoDB
 * server answers from the {@code _id} index. Paging the audience query itself would make each batch
 * sort the whole audience again on a server that cannot use a secondary index for it, which grew
 * with the square of the audience. It also fixes who a campaign goes to, as mail services do: a
 * contact tagged into the segment midway is not added, one who unsubscribes is still skipped.
 */
@Component
public class CampaignAudiences {
  static final int CHUNK = 1_000;

  private final MongoTemplate mongo;
  private final Clock clock;

  public CampaignAudiences(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * Takes the campaign's snapshot of the contacts {@code audience} selects, unless it was taken
   * already, and answers its size. Idempotent: a repeat after a crash rewrites the same chunks.
   */
  public long take(String campaignId, Supplier<Criteria> audience) {
    AudienceSnapshot taken = mongo.findById(campaignId, AudienceSnapshot.class);
    if (taken != null) {
      return taken.size();
    }
    Query query = Query.query(audience.get()).with(Sort.by("_id"));
    query.fields().include("_id");
    List<String> starts = new ArrayList<>();
    List<String> chunk = new ArrayList<>(CHUNK);
    long size = 0;
    try (Stream<Document> ids =
        mongo.stream(query, Document.class, mongo.getCollectionName(Contact.class))) {
      for (Document id : (Iterable<Document>) ids::iterator) {
        chunk.add(id.get("_id").toString());
        size++;
        if (chunk.size() == CHUNK) {
          save(campaignId, starts, chunk);
          chunk = new ArrayList<>(CHUNK);
        }
      }
    }
    if (!chunk.isEmpty()) {
      save(campaignId, starts, chunk);
    }
    mongo.save(new AudienceSnapshot(campaignId, size, starts, clock.instant()));
    return size;
  }

  /**
   * Up to {@code max} contact ids of the snapshot after {@code afterContactId} (null: from the
   * start).
   */
  public List<String> next(
      String campaignId, String afterContactId, int max, Supplier<Criteria> audience) {
    AudienceSnapshot snapshot = mongo.findById(campaignId, AudienceSnapshot.class);
    if (snapshot == null) {
      // A run begun before audiences were snapshots takes its snapshot now.
      take(campaignId, audience);
      snapshot = mongo.findById(campaignId, AudienceSnapshot.class);
    }
    List<String> next = new ArrayList<>(max);
    int number = afterContactId == null ? 0 : chunkHolding(snapshot.chunkStarts(), afterContactId);
    for (; number < snapshot.chunkStarts().size() && next.size() < max; number++) {
      List<String> ids =
          mongo.findById(AudienceChunk.idOf(campaignId, number), AudienceChunk.class).contactIds();
      int from = afterContactId == null ? 0 : positionAfter(ids, afterContactId);
      next.addAll(ids.subList(from, Math.min(ids.size(), from + max - next.size())));
    }
    return next;
  }

  /** Removes the snapshot of a campaign that ended. */
  public void discard(String campaignId) {
    AudienceSnapshot snapshot = mongo.findById(campaignId, AudienceSnapshot.class);
    if (snapshot == null) {
      return;
    }
    List<String> chunks =
        IntStream.range(0, snapshot.chunkStarts().size())
            .mapToObj(n -> AudienceChunk.idOf(campaignId, n))
            .toList();
    mongo.remove(Query.query(Criteria.where("_id").in(chunks)), AudienceChunk.class);
    mongo.remove(snapshot);
  }

  private void save(String campaignId, List<String> starts, List<String> ids) {
    int number = starts.size();
    mongo.save(new AudienceChunk(AudienceChunk.idOf(campaignId, number), campaignId, number, ids));
    starts.add(ids.get(0));
  }

  private static int chunkHolding(List<String> starts, String contactId) {
    int found = Collections.binarySearch(starts, contactId);
    return found >= 0 ? found : Math.max(0, -found - 2);
  }

  private static int positionAfter(List<String> ids, String contactId) {
    int found = Collections.binarySearch(ids, contactId);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
