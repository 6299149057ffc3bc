package com.mewayz.domain.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Claims idempotency keys atomically (insert on a unique id) and stores their answers. A claim
 * whose request never finished (its api process died mid-request) holds the key only for the lease;
 * after it, a retry with the same body takes the key over and runs again.
 */
@Component
public class IdempotencyStore {
  public static final Duration KEPT_FOR = Duration.ofHours(24);
  private final MongoTemplate mongo;
  private final Duration lease;

  public IdempotencyStore(
      MongoTemplate mongo, @Value("${mewayz.idempotency.lease:PT60S}") Duration lease) {
    this.mongo = mongo;
    this.lease = lease;
  }

  /** Claims the key for a new request; empty if claimed, else the record that holds it. */
  public Optional<IdempotencyRecord> claim(String id, String fingerprint, Instant now) {
    // A record past its lifetime no longer counts, even where no TTL index removes it.
    mongo.remove(
        Query.query(Criteria.where("_id").is(id).and("createdAt").lt(now.minus(KEPT_FOR))),
        IdempotencyRecord.class);
    try {
      mongo.insert(new IdempotencyRecord(id, fingerprint, false, 0, null, null, now, 0));
      return Optional.empty();
    } catch (DuplicateKeyException taken) {
      return takeOverAbandoned(id, fingerprint, now)
          ? Optional.empty()
          : Optional.ofNullable(mongo.findById(id, IdempotencyRecord.class));
    }
  }

  /**
   * Renews an unfinished claim older than the lease, atomically, so of several retries arriving
   * together one runs. Only the same request (fingerprint) may take it over.
   */
  private boolean takeOverAbandoned(String id, String fingerprint, Instant now) {
    return mongo
            .updateFirst(
                Query.query(
                    Criteria.where("_id")
                        .is(id)
                        .and("completed")
                        .is(false)
                        .and("fingerprint")
                        .is(fingerprint)
                        .and("createdAt")
                        .lt(now.minus(lease))),
                new Update().set("createdAt", now).inc("takeovers", 1),
                IdempotencyRecord.class)
            .getModifiedCount()
        == 1;
  }

  public void complete(String id, int status, String contentType, String body) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id)),
        new Update()
            .set("completed", true)
            .set("status", status)
            .set("contentType", contentType)
            .set("body", body),
        IdempotencyRecord.class);
  }

  /** Frees the key after a failure on our side, so the client's retry runs again. */
  public void release(String id) {
    mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotencyRecord.class);
  }
}
