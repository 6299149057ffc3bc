package com.mewayz.domain.crm;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
            .setOnInsert("consent", "subscribed")
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
