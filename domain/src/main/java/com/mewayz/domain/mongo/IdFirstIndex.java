package com.mewayz.domain.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.util.List;

/**
 * The {@code _id} index of the embedded server, also taking queries on {@code _id} plus other
 * fields. The library takes an index only for a query on exactly its keys, so {@code {_id,
 * workspaceId}} (every tenant-scoped read) and {@code {_id, status: {$nin: ...}}} (every run-list
 * update) scanned the whole collection, and every document stored made every such query slower.
 * Here they find their document by {@code _id}, and the collection then matches the whole query
 * against it, as MongoDB does.
 */
final class IdFirstIndex<P> extends Index<P> {
  private final Index<P> idIndex;

  private IdFirstIndex(Index<P> idIndex, boolean sparse) {
    super(idIndex.getName(), idIndex.getKeys(), sparse);
    this.idIndex = idIndex;
  }

  /** {@code index} wrapped when it is the {@code _id} index, else {@code index}. */
  static <P> Index<P> wrapIfId(Index<P> index, boolean sparse) {
    List<IndexKey> keys = index.getKeys();
    boolean idIndex = keys.size() == 1 && keys.get(0).getKey().equals("_id");
    return idIndex ? new IdFirstIndex<>(index, sparse) : index;
  }

  @Override
  public boolean canHandle(Document query) {
    return idIndex.canHandle(query) || idIndex.canHandle(idOnly(query));
  }

  @Override
  public Iterable<P> getPositions(Document query) {
    // Which _id conditions the index answers stays its own call.
    return idIndex.canHandle(query)
        ? idIndex.getPositions(query)
        : idIndex.getPositions(idOnly(query));
  }

  /** The {@code _id} condition of a query on {@code _id} and other fields, else the query. */
  private static Document idOnly(Document query) {
    return query.size() > 1 && query.containsKey("_id")
        ? new Document("_id", query.get("_id"))
        : query;
  }

  // --- everything else is the wrapped index's --------------------------------------------------

  @Override
  public P getPosition(Document document) {
    return idIndex.getPosition(document);
  }

  @Override
  public void checkAdd(Document document, MongoCollection<P> collection) {
    idIndex.checkAdd(document, collection);
  }

  @Override
  public void add(Document document, P position, MongoCollection<P> collection) {
    idIndex.add(document, position, collection);
  }

  @Override
  public P remove(Document document) {
    return idIndex.remove(document);
  }

  @Override
  public long getCount() {
    return idIndex.getCount();
  }

  @Override
  public boolean isEmpty() {
    return idIndex.isEmpty();
  }

  @Override
  public long getDataSize() {
    return idIndex.getDataSize();
  }

  @Override
  public void checkUpdate(
      Document oldDocument, Document newDocument, MongoCollection<P> collection) {
    idIndex.checkUpdate(oldDocument, newDocument, collection);
  }

  @Override
  public void updateInPlace(
      Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
      throws KeyConstraintError {
    idIndex.updateInPlace(oldDocument, newDocument, position, collection);
  }

  @Override
  public void drop() {
    idIndex.drop();
  }

  @Override
  public boolean isUnique() {
    return idIndex.isUnique();
  }
}
