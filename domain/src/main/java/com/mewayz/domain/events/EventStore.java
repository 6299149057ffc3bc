package com.mewayz.domain.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The event log and the subscriptions of waiting runs. */
@Component
public class EventStore {
  private final MongoTemplate mongo;

  public EventStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Records the event; false when an event with this id was recorded already. */
  public boolean record(PlatformEvent event) {
    try {
      mongo.insert(event);
      return true;
    } catch (DuplicateKeyException seen) {
      return false;
    }
  }

  /**
   * The earliest event of this type (and key) in the workspace since {@code since}, other than
   * those in {@code excluding} (events the waiting run has taken already).
   */
  public Optional<PlatformEvent> firstSince(
      String workspaceId, String type, String key, Instant since, Collection<String> excluding) {
    Criteria criteria =
        Criteria.where("workspaceId")
            .is(workspaceId)
            .and("type")
            .is(type)
            .and("occurredAt")
            .gte(since);
    if (key != null) {
      criteria = criteria.and("key").is(key);
    }
    if (!excluding.isEmpty()) {
      criteria = criteria.and("_id").nin(excluding);
    }
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "occurredAt")),
            PlatformEvent.class));
  }

  public void subscribe(EventSubscription subscription) {
    mongo.save(subscription);
  }

  public void unsubscribe(String runId, String nodeId) {
    mongo.remove(
        Query.query(Criteria.where("_id").is(runId + ":" + nodeId)), EventSubscription.class);
  }

  /** Subscriptions an event matches: same type, and the same key or none. */
  public List<EventSubscription> subscribersOf(PlatformEvent event) {
    Criteria keyMatches =
        new Criteria()
            .orOperator(Criteria.where("key").is(event.key()), Criteria.where("key").isNull());
    return mongo.find(
        Query.query(
            Criteria.where("workspaceId")
                .is(event.workspaceId())
                .and("eventType")
                .is(event.type())
                .andOperator(keyMatches)),
        EventSubscription.class);
  }
}
