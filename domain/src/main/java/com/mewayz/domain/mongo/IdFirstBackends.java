package com.mewayz.domain.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's two backends, in memory and in an H2 file, each with its {@code _id} index
 * answering queries on {@code _id} plus other fields ({@link IdFirstIndex}).
 */
public final class IdFirstBackends {
  private IdFirstBackends() {}

  public static MemoryBackend inMemory() {
    return new MemoryBackend() {
      @Override
      public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IdFirstMemoryDatabase(databaseName, getCursorRegistry());
      }
    };
  }

  /** Stored in the H2 MVStore file {@code file}, created when missing. */
  public static H2Backend inFile(String file) {
    return new H2Backend(file) {
      @Override
      protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdFirstH2Database(databaseName, getMvStore(), getCursorRegistry());
      }
    };
  }

  private static final class IdFirstMemoryDatabase extends MemoryDatabase {
    IdFirstMemoryDatabase(String name, CursorRegistry cursors) {
      super(name, cursors);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      return IdFirstIndex.wrapIfId(
          super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
    }
  }

  private static final class IdFirstH2Database extends H2Database {
    IdFirstH2Database(String name, MVStore store, CursorRegistry cursors) {
      super(name, store, cursors);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      return IdFirstIndex.wrapIfId(
          super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
    }
  }
}
