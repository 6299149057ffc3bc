package com.mewayz.domain.social;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The queue's slots and which posts hold them. */
@Component
public class SocialQueueStore {
  private final MongoTemplate mongo;
  private final Clock clock;

  public SocialQueueStore(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  public Optional<SocialQueue> find(String workspaceId) {
    return Optional.ofNullable(mongo.findById(workspaceId, SocialQueue.class));
  }

  public SocialQueue save(String workspaceId, String timeZone, List<SocialQueue.Slot> slots) {
    return mongo.save(new SocialQueue(workspaceId, timeZone, slots, clock.instant()));
  }

  /** The next {@code count} slots after {@code after} that no post holds. */
  public List<Instant> freeSlots(SocialQueue queue, Instant after, int count) {
    return QueueSlots.after(queue, after).stream()
        .filter(at -> !mongo.exists(byId(SlotClaim.id(queue.workspaceId(), at)), SlotClaim.class))
        .limit(count)
        .toList();
  }

  /** Takes the first free slot after {@code after} for the post; empty when the queue is full. */
  public Optional<Instant> claimNext(SocialQueue queue, Instant after, String postId) {
    for (Instant at : QueueSlots.after(queue, after)) {
      if (claim(queue.workspaceId(), at, postId)) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  /** Holds the slot at {@code at} for the post; false when another post holds it. */
  public boolean claim(String workspaceId, Instant at, String postId) {
    try {
      mongo.insert(new SlotClaim(SlotClaim.id(workspaceId, at), workspaceId, postId, at));
      return true;
    } catch (DuplicateKeyException taken) {
      return false;
    }
  }

  /** Frees the slot at {@code at} if the post holds it (the post moved). */
  public void releaseSlot(String workspaceId, Instant at, String postId) {
    mongo.remove(
        Query.query(
            Criteria.where("_id").is(SlotClaim.id(workspaceId, at)).and("postId").is(postId)),
        SlotClaim.class);
  }

  /** Frees whatever slot the post held (it was cancelled or could not start). */
  public void release(String postId) {
    mongo.remove(Query.query(Criteria.where("postId").is(postId)), SlotClaim.class);
  }

  private static Query byId(String id) {
    return Query.query(Criteria.where("_id").is(id));
  }
}
