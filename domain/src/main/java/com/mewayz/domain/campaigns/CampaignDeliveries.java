package com.mewayz.domain.campaigns;

import com.mongodb.bulk.BulkWriteError;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Claims and records campaign deliveries in bulk: a few round trips per batch, not per mail. */
@Component
public class CampaignDeliveries {
  private final MongoTemplate mongo;

  public CampaignDeliveries(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** A recipient to claim: contact id and address. */
  public record Recipient(String contactId, String email) {}

  /**
   * Claims every recipient not claimed before and answers the contact ids already SENT or FAILED (a
   * batch repeated after a crash): those are not mailed again. A recipient claimed but not finished
   * (the worker died in between) is claimed still and goes out again.
   */
  public Map<String, String> claim(String campaignId, List<Recipient> recipients, Instant now) {
    if (recipients.isEmpty()) {
      return Map.of();
    }
    BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CampaignDelivery.class);
    recipients.forEach(
        r ->
            bulk.insert(
                new CampaignDelivery(
                    CampaignDelivery.idOf(campaignId, r.contactId()),
                    campaignId,
                    r.contactId(),
                    r.email(),
                    CampaignDelivery.SENDING,
                    null,
                    now,
                    null,
                    null,
                    0)));
    try {
      bulk.execute();
      return Map.of();
    } catch (BulkOperationException repeated) {
      Set<String> existing = new HashSet<>();
      for (BulkWriteError error : repeated.getErrors()) {
        if (error.getCode() != 11000) {
          throw repeated;
        }
        existing.add(recipients.get(error.getIndex()).contactId());
      }
      return mongo
          .find(
              Query.query(
                  Criteria.where("_id")
                      .in(
                          existing.stream()
                              .map(id -> CampaignDelivery.idOf(campaignId, id))
                              .toList())
                      .and("status")
                      .ne(CampaignDelivery.SENDING)),
              CampaignDelivery.class)
          .stream()
          .collect(Collectors.toMap(CampaignDelivery::contactId, CampaignDelivery::status));
    }
  }

  public void markSent(String campaignId, List<String> contactIds, Instant now) {
    mark(campaignId, contactIds, CampaignDelivery.SENT, null, now);
  }

  public void markFailed(String campaignId, String contactId, String error, Instant now) {
    mark(campaignId, List.of(contactId), CampaignDelivery.FAILED, error, now);
  }

  private void mark(
      String campaignId, List<String> contactIds, String status, String error, Instant now) {
    if (contactIds.isEmpty()) {
      return;
    }
    mongo.updateMulti(
        Query.query(
            Criteria.where("_id")
                .in(contactIds.stream().map(id -> CampaignDelivery.idOf(campaignId, id)).toList())),
        new Update().set("status", status).set("error", error).set("doneAt", now),
        CampaignDelivery.class);
  }

  /** Records an open; the first of a recipient counts towards the campaign's opens. */
  public void recordOpen(String campaignId, String contactId, Instant now) {
    recordFirst(campaignId, contactId, "openedAt", "opens", new Update().set("openedAt", now));
  }

  /** Records a click; the first of a recipient counts towards the campaign's clickers. */
  public void recordClick(String campaignId, String contactId) {
    String id = CampaignDelivery.idOf(campaignId, contactId);
    boolean first =
        mongo
                .updateFirst(
                    Query.query(Criteria.where("_id").is(id).and("clicks").is(0)),
                    new Update().inc("clicks", 1),
                    CampaignDelivery.class)
                .getModifiedCount()
            > 0;
    if (first) {
      count(campaignId, "clickers");
    } else {
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(id)),
          new Update().inc("clicks", 1),
          CampaignDelivery.class);
    }
  }

  /** Opens and clickers so far, read from one document. */
  public CampaignEngagement engagement(String campaignId) {
    CampaignEngagement counted = mongo.findById(campaignId, CampaignEngagement.class);
    return counted != null ? counted : new CampaignEngagement(campaignId, 0, 0, 0, 0);
  }

  /** The delivery of a campaign to a contact, if the campaign mailed it. */
  public Optional<CampaignDelivery> find(String campaignId, String contactId) {
    return Optional.ofNullable(
        mongo.findById(CampaignDelivery.idOf(campaignId, contactId), CampaignDelivery.class));
  }

  /** Records a bounce reported after delivery; the first of a recipient counts. */
  public void recordBounce(String campaignId, String contactId, String detail, Instant now) {
    recordReport(campaignId, contactId, "bouncedAt", "bounces", detail, now);
  }

  /** Records a complaint (the recipient reported the mail as abuse); the first one counts. */
  public void recordComplaint(String campaignId, String contactId, String detail, Instant now) {
    recordReport(campaignId, contactId, "complainedAt", "complaints", detail, now);
  }

  private void recordReport(
      String campaignId, String contactId, String at, String counter, String detail, Instant now) {
    recordFirst(
        campaignId, contactId, at, counter, new Update().set(at, now).set("report", detail));
  }

  /** Applies {@code update} unless {@code field} is set already; the first time counts. */
  private void recordFirst(
      String campaignId, String contactId, String field, String counter, Update update) {
    boolean first =
        mongo
                .updateFirst(
                    Query.query(
                        Criteria.where("_id")
                            .is(CampaignDelivery.idOf(campaignId, contactId))
                            .and(field)
                            .isNull()),
                    update,
                    CampaignDelivery.class)
                .getModifiedCount()
            > 0;
    if (first) {
      count(campaignId, counter);
    }
  }

  private static final List<String> COUNTERS =
      List.of("opens", "clickers", "bounces", "complaints");

  private void count(String campaignId, String counter) {
    Update update = new Update().inc(counter, 1);
    // Every counter exists from the first one counted, so the record always reads whole.
    COUNTERS.stream().filter(c -> !c.equals(counter)).forEach(c -> update.setOnInsert(c, 0L));
    mongo.upsert(
        Query.query(Criteria.where("_id").is(campaignId)), update, CampaignEngagement.class);
  }
}
