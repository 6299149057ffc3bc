package com.mewayz.domain.mongo;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * The in-memory MongoDB-protocol backend, with one fix: a query on {@code _id} plus other fields
 * ({@code {_id, workspaceId}} for every tenant-scoped read, {@code {_id, status: {$nin: ...}}} for
 * every run-list update) finds its document through the {@code _id} index and then checks the other
 * fields, as MongoDB does. The library takes an index only for a query on exactly its keys, so such
 * a query scanned the whole collection, and every run stored made every run slower. The benchmarks'
 * database uses it; embedded mode does not yet (BENCHMARKS.md).
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
      // The collection matches the whole query against what the index returns, so the positions
      // of {_id: ...} alone are enough; which _id conditions the index answers is its own call.
      return super.canHandle(query) ? super.getPositions(query) : super.getPositions(idOnly(query));
    }

    /** The {@code _id} condition of a query on {@code _id} and other fields, else the query. */
    private static Document idOnly(Document query) {
      return query.size() > 1 && query.containsKey("_id")
          ? new Document("_id", query.get("_id"))
          : query;
    }
  }
}
