package com.mewayz.domain.payments;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stripe events received, each once, and per object the newest one. Stripe delivers at least once
 * and in no particular order, so both checks are single conditional writes, safe under concurrent
 * deliveries on several nodes.
 */
@Component
public class StripeEventStore {
  private final MongoTemplate mongo;

  public StripeEventStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Records the event; false when this workspace received this event id already. */
  public boolean recordOnce(StripeEventRecord event) {
    try {
      mongo.insert(event);
      return true;
    } catch (DuplicateKeyException seen) {
      return false;
    }
  }

  /** Forgets an event whose handling failed, so Stripe's retry of it is processed again. */
  public void forget(String workspaceId, String eventId) {
    mongo.remove(
        Query.query(Criteria.where("_id").is(StripeEventRecord.idOf(workspaceId, eventId))),
        StripeEventRecord.class);
  }

  /**
   * Makes this event the newest about its object unless a newer one (a later {@code created}) was
   * seen; true when it is now the newest. On equal times the first one received stays newest, as
   * Stripe's clock does not order them either.
   */
  public boolean advance(
      String workspaceId, String objectId, String eventId, String type, Instant created) {
    String id = StripeObjectState.idOf(workspaceId, objectId);
    Query olderOrNone = Query.query(Criteria.where("_id").is(id).and("created").lt(created));
    Update update =
        new Update()
            .set("workspaceId", workspaceId)
            .set("objectId", objectId)
            .set("eventId", eventId)
            .set("type", type)
            .set("created", created);
    try {
      // Matches only an older state; when a newer one exists, the upsert's insert collides with
      // it on _id and we learn that this event is stale.
      mongo.findAndModify(
          olderOrNone,
          update,
          FindAndModifyOptions.options().upsert(true).returnNew(true),
          StripeObjectState.class);
      return true;
    } catch (DuplicateKeyException newerExists) {
      return false;
    }
  }
}
