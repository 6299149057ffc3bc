package com.mewayz.domain.crm;

import com.mewayz.domain.crm.ContactImportChunk.ChunkCounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Imports, their chunks and rejected rows. */
@Component
public class ContactImportStore {
  private static final String CHUNKS = "contact_import_chunks";

  private final MongoTemplate mongo;

  public ContactImportStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Stores the chunks first, then the import: an import that exists always has all its rows. */
  public ContactImport create(ContactImport contactImport, List<ContactImportChunk> chunks) {
    mongo.insertAll(chunks);
    return mongo.insert(contactImport);
  }

  public Optional<ContactImport> find(String importId) {
    return Optional.ofNullable(mongo.findById(importId, ContactImport.class));
  }

  public Optional<ContactImport> find(String workspaceId, String importId) {
    return find(importId).filter(i -> i.workspaceId().equals(workspaceId));
  }

  public List<ContactImport> recent(String workspaceId, int limit) {
    return mongo.find(
        Query.query(Criteria.where("workspaceId").is(workspaceId))
            .with(Sort.by(Sort.Direction.DESC, "createdAt"))
            .limit(limit),
        ContactImport.class);
  }

  public Optional<ContactImportChunk> chunk(String importId, int index) {
    return Optional.ofNullable(
        mongo.findById(ContactImportChunk.idOf(importId, index), ContactImportChunk.class));
  }

  /** Keeps the chunk's first result; answers the result that stands. */
  public ChunkCounts recordResult(String importId, int index, ChunkCounts result, Instant now) {
    String id = ContactImportChunk.idOf(importId, index);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id).and("result").isNull()),
        new Update().set("result", result).set("importedAt", now),
        ContactImportChunk.class);
    return mongo.findById(id, ContactImportChunk.class).result();
  }

  /** What the import's chunks did so far. */
  public ChunkCounts totals(String importId) {
    Query query = Query.query(Criteria.where("importId").is(importId).and("result").ne(null));
    query.fields().include("result");
    return mongo.find(query, ResultOnly.class, CHUNKS).stream()
        .map(ResultOnly::result)
        .reduce(ChunkCounts.NONE, ChunkCounts::plus);
  }

  /** A chunk read without its rows. */
  private record ResultOnly(ChunkCounts result) {}

  /** Records a chunk's rejected rows in one write; a repeat replaces them by their line. */
  public void rejectAll(List<ContactImportRejection> rejections) {
    if (rejections.isEmpty()) {
      return;
    }
    BulkOperations bulk =
        mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ContactImportRejection.class);
    rejections.forEach(
        r ->
            bulk.replaceOne(
                Query.query(Criteria.where("_id").is(r.id())),
                r,
                FindAndReplaceOptions.options().upsert()));
    bulk.execute();
  }

  public List<ContactImportRejection> rejections(String importId) {
    return mongo.find(
        Query.query(Criteria.where("importId").is(importId)).with(Sort.by("line")),
        ContactImportRejection.class);
  }

  public void finish(String importId, String status, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(importId)),
        new Update().set("status", status).set("finishedAt", now),
        ContactImport.class);
  }
}
