package com.mewayz.domain.mongo;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;

/**
 * The in-memory MongoDB-protocol backend, with one fix: a query on {@code _id} plus other fields
 * ({@code {_id, workspaceId}} for every tenant-scoped read, {@code {_id, status: {$nin: ...}}} for
 * every run-list update) finds its document through the {@code _id} index and then checks the other
 * fields, as MongoDB does. The library takes an index only for a query on exactly its keys, so such
 * a query scanned the whole collection, and every run stored made every run slower.
 */
public final class IdFirstMemoryBackend extends MemoryBackend {

  @Override
  public MemoryDatabase openOrCreateDatabase(String databaseName) {
    return new IdFirstDatabase(databaseName, getCursorRegistry());
  }

  private static final class IdFirstDatabase extends MemoryDatabase {
    IdFirstDatabase(String name, CursorRegistry cursors) {
      super(name, cursors);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      boolean idIndex = keys.size() == 1 && keys.get(0).getKey().equals("_id");
      return idIndex
          ? new IdFirstIndex(indexName, keys, sparse)
          : super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
  }

  /** The {@code _id} index, also taking queries on {@code _id} plus other fields. */
  private static final class IdFirstIndex extends MemoryUniqueIndex {
    IdFirstIndex(String name, List<IndexKey> keys, boolean sparse) {
      super(name, keys, sparse);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
      return super.canHandle(query) || super.canHandle(idOnly(query));
    }

    @Override
    public synchronized Iterable<Integer> getPositions(Document query) {
      // The collection matches the whole query against what the index returns.
      return super.canHandle(query) ? super.getPositions(query) : super.getPositions(idOnly(query));
    }

    /** {@code {_id: value}} of a query naming one plain {@code _id} among other fields, else it. */
    private static Document idOnly(Document query) {
      Object id = query.get("_id");
      if (query.size() < 2
          || id == null
          || id instanceof Document
          || id instanceof Collection<?>
          || id instanceof java.util.regex.Pattern) {
        return query;
      }
      return new Document("_id", id);
    }
  }
}
