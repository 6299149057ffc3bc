package com.mewayz.domain.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedded mode keeps what it accepted: a clean stop and a restart find every document. */
class EmbeddedMongoTest {

  @Test
  void documentsSurviveAStopAndRestart(@TempDir Path dataDir) throws Exception {
    EmbeddedMongo first = EmbeddedMongo.start(dataDir.toString());
    try (MongoClient client = MongoClients.create(first.connectionString())) {
      client
          .getDatabase("mewayz")
          .getCollection("users")
          .insertOne(new Document("_id", "u1").append("email", "ann@example.test"));
    }
    first.destroy();

    EmbeddedMongo second = EmbeddedMongo.start(dataDir.toString());
    try (MongoClient client = MongoClients.create(second.connectionString())) {
      Document found =
          client
              .getDatabase("mewayz")
              .getCollection("users")
              .find(new Document("_id", "u1"))
              .first();
      assertThat(found).isNotNull();
      assertThat(found.getString("email")).isEqualTo("ann@example.test");
    } finally {
      second.destroy();
    }
    assertThat(dataDir.resolve("mongo.mv")).exists();
  }

  @Test
  void withoutADataDirectoryItKeepsDataInMemoryOnly(@TempDir Path dataDir) {
    EmbeddedMongo memory = EmbeddedMongo.start("");
    try {
      assertThat(memory.isRunning()).isTrue();
      assertThat(memory.connectionString()).startsWith("mongodb://127.0.0.1:");
    } finally {
      memory.destroy();
    }
    assertThat(dataDir.toFile().list()).isEmpty();
  }
}
