package com.mewayz.domain.crm;

import com.mongodb.bulk.BulkWriteResult;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Atomic contact writes keyed by workspace and email, safe to repeat. */
@Component
public class ContactStore {
  private final MongoTemplate mongo;

  public ContactStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The contact after the write, and whether this write created it. */
  public record Upserted(Contact contact, boolean created) {}

  public static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public Upserted upsert(
      String workspaceId,
      String email,
      String firstName,
      String lastName,
      String phone,
      Map<String, Object> fields,
      Instant now) {
    String normalized = normalize(email);
    Update update =
        new Update()
            .setOnInsert("_id", new ObjectId().toHexString())
            .setOnInsert("workspaceId", workspaceId)
            .setOnInsert("email", normalized)
            .setOnInsert("createdAt", now)
            .setOnInsert("consent", Consent.SUBSCRIBED)
            .setOnInsert(
                "consentHistory",
                List.of(new ConsentChange(Consent.SUBSCRIBED, now, "automation", null)))
            .setOnInsert("tags", List.of())
            .set("updatedAt", now);
    setIfPresent(update, "firstName", firstName);
    setIfPresent(update, "lastName", lastName);
    setIfPresent(update, "phone", phone);
    if (fields != null) {
      fields.forEach((k, v) -> update.set("fields." + k, v));
    }
    Query query = byEmail(workspaceId, normalized);
    try {
      Contact contact =
          mongo.findAndModify(
              query,
              update,
              FindAndModifyOptions.options().upsert(true).returnNew(true),
              Contact.class);
      return new Upserted(contact, contact.createdAt().equals(now));
    } catch (DuplicateKeyException raced) {
      // Another writer created it a moment ago: this write is an update.
      Contact contact =
          mongo.findAndModify(
              query, update, FindAndModifyOptions.options().returnNew(true), Contact.class);
      return new Upserted(contact, false);
    }
  }

  /** Adds and removes tags; returns the contact and the tags it did not have before. */
  public Optional<TagResult> tag(
      String workspaceId, String email, List<String> add, List<String> remove, Instant now) {
    Query query = byEmail(workspaceId, normalize(email));
    Contact before = mongo.findOne(query, Contact.class);
    if (before == null) {
      return Optional.empty();
    }
    Update update = new Update().set("updatedAt", now);
    if (!add.isEmpty()) {
      update.addToSet("tags").each(add.toArray());
    }
    Contact after =
        mongo.findAndModify(
            query, update, FindAndModifyOptions.options().returnNew(true), Contact.class);
    if (!remove.isEmpty()) {
      after =
          mongo.findAndModify(
              query,
              new Update().pullAll("tags", remove.toArray()),
              FindAndModifyOptions.options().returnNew(true),
              Contact.class);
    }
    List<String> added = add.stream().filter(t -> !before.tags().contains(t)).distinct().toList();
    return Optional.of(new TagResult(after, added));
  }

  public record TagResult(Contact contact, List<String> added) {}

  /** A new contact; the email is already normalized. Throws DuplicateKeyException if taken. */
  public Contact insert(Contact contact) {
    return mongo.insert(contact);
  }

  public Optional<Contact> findById(String workspaceId, String contactId) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("_id").is(contactId).and("workspaceId").is(workspaceId)),
            Contact.class));
  }

  /**
   * Replaces what the owner edits: email, names, phone, tags and custom fields (consent has its own
   * door). Throws DuplicateKeyException when the new email belongs to another contact.
   */
  public Optional<Contact> edit(
      String workspaceId,
      String contactId,
      String email,
      String firstName,
      String lastName,
      String phone,
      List<String> tags,
      Map<String, Object> fields,
      Instant now) {
    return Optional.ofNullable(
        mongo.findAndModify(
            Query.query(Criteria.where("_id").is(contactId).and("workspaceId").is(workspaceId)),
            new Update()
                .set("email", normalize(email))
                .set("firstName", firstName)
                .set("lastName", lastName)
                .set("phone", phone)
                .set("tags", tags)
                .set("fields", fields)
                .set("updatedAt", now),
            FindAndModifyOptions.options().returnNew(true),
            Contact.class));
  }

  public boolean delete(String workspaceId, String contactId) {
    return mongo
            .remove(
                Query.query(Criteria.where("_id").is(contactId).and("workspaceId").is(workspaceId)),
                Contact.class)
            .getDeletedCount()
        > 0;
  }

  /**
   * Moves the contact to {@code status} and appends the change to its history, unless it is in that
   * state already: empty then, so a repeated unsubscribe records (and announces) nothing.
   */
  public Optional<Contact> changeConsent(
      String workspaceId, String contactId, ConsentChange change, Instant now) {
    return Optional.ofNullable(
        mongo.findAndModify(
            Query.query(
                Criteria.where("_id")
                    .is(contactId)
                    .and("workspaceId")
                    .is(workspaceId)
                    .and("consent")
                    .ne(change.status())),
            new Update()
                .set("consent", change.status())
                .push("consentHistory", change)
                .set("updatedAt", now),
            FindAndModifyOptions.options().returnNew(true),
            Contact.class));
  }

  /** One page of the contacts matching {@code criteria}, newest first, and how many match. */
  public Page<Contact> page(Criteria criteria, int page, int size) {
    Pageable pageable =
        PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")));
    List<Contact> items = mongo.find(Query.query(criteria).with(pageable), Contact.class);
    // Counts only when the page does not tell the total by itself.
    return PageableExecutionUtils.getPage(items, pageable, () -> count(criteria));
  }

  public long count(Criteria criteria) {
    return mongo.count(Query.query(criteria), Contact.class);
  }

  /** Contacts whose email, first or last name contains {@code text}, ignoring case. */
  public static Criteria matching(String text) {
    Pattern pattern = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
    return new Criteria()
        .orOperator(
            Criteria.where("email").regex(pattern),
            Criteria.where("firstName").regex(pattern),
            Criteria.where("lastName").regex(pattern));
  }

  /** A contact read from an import file, checked already; the email is normalized. */
  public record Imported(
      String email,
      String firstName,
      String lastName,
      String phone,
      List<String> tags,
      Map<String, Object> fields,
      String consent) {}

  /** How many contacts a batch created and how many it updated. */
  public record BatchCounts(int created, int updated) {}

  /**
   * Creates or updates each contact by email in one round trip. Names, phone and fields given
   * overwrite, tags are added. Consent only ever goes down for an existing contact: a file saying
   * "subscribed" never re-subscribes someone who unsubscribed, bounced or complained.
   */
  public BatchCounts importBatch(String workspaceId, List<Imported> batch, Instant now) {
    if (batch.isEmpty()) {
      return new BatchCounts(0, 0);
    }
    BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Contact.class);
    for (Imported contact : batch) {
      String consent = contact.consent() == null ? Consent.SUBSCRIBED : contact.consent();
      Update update =
          new Update()
              .setOnInsert("_id", new ObjectId().toHexString())
              .setOnInsert("workspaceId", workspaceId)
              .setOnInsert("email", contact.email())
              .setOnInsert("createdAt", now)
              .setOnInsert("consent", consent)
              .setOnInsert(
                  "consentHistory", List.of(new ConsentChange(consent, now, "import", null)))
              .set("updatedAt", now);
      setIfPresent(update, "firstName", contact.firstName());
      setIfPresent(update, "lastName", contact.lastName());
      setIfPresent(update, "phone", contact.phone());
      contact.fields().forEach((k, v) -> update.set("fields." + k, v));
      if (contact.tags().isEmpty()) {
        update.setOnInsert("tags", List.of());
      } else {
        update.addToSet("tags").each(contact.tags().toArray());
      }
      bulk.upsert(byEmail(workspaceId, contact.email()), update);
    }
    BulkWriteResult result = bulk.execute();
    for (Imported contact : batch) {
      if (contact.consent() != null && !Consent.SUBSCRIBED.equals(contact.consent())) {
        mongo.updateFirst(
            Query.query(
                Criteria.where("workspaceId")
                    .is(workspaceId)
                    .and("email")
                    .is(contact.email())
                    .and("consent")
                    .ne(contact.consent())),
            new Update()
                .set("consent", contact.consent())
                .push("consentHistory", new ConsentChange(contact.consent(), now, "import", null))
                .set("updatedAt", now),
            Contact.class);
      }
    }
    return new BatchCounts(result.getUpserts().size(), result.getMatchedCount());
  }

  public Optional<Contact> find(String workspaceId, String email) {
    return Optional.ofNullable(
        mongo.findOne(byEmail(workspaceId, normalize(email)), Contact.class));
  }

  private static Query byEmail(String workspaceId, String email) {
    return Query.query(Criteria.where("workspaceId").is(workspaceId).and("email").is(email));
  }

  private static void setIfPresent(Update update, String field, String value) {
    if (value != null && !value.isBlank()) {
      update.set(field, value.trim());
    }
  }
}
