package com.mewayz.domain.mail;

import java.time.Instant;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Ledger of mail deliveries by key. A key that reached SENT is never sent again. A key left in
 * SENDING (the worker died between handing the mail to SMTP and recording it) is sent again with
 * the same Message-ID: at-least-once, which mail clients collapse, rather than a silently lost
 * mail.
 */
@Component
public class MailDeliveries {
  private final MongoTemplate mongo;

  public MailDeliveries(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Records an attempt; false when the mail under this key was already sent. */
  public boolean begin(String key, Instant now) {
    MailDelivery delivery =
        mongo.findAndModify(
            Query.query(Criteria.where("_id").is(key)),
            new Update()
                .setOnInsert("state", MailDelivery.SENDING)
                .setOnInsert("firstAttemptAt", now)
                .inc("attempts", 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            MailDelivery.class);
    return delivery == null || !MailDelivery.SENT.equals(delivery.state());
  }

  public void markSent(String key, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(key)),
        new Update().set("state", MailDelivery.SENT).set("sentAt", now),
        MailDelivery.class);
  }

  public boolean wasSent(String key) {
    MailDelivery delivery = mongo.findById(key, MailDelivery.class);
    return delivery != null && MailDelivery.SENT.equals(delivery.state());
  }
}
