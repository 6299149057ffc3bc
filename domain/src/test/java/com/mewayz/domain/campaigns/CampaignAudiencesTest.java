package com.mewayz.domain.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A campaign's audience snapshot, read batch after batch across its chunks. */
class CampaignAudiencesTest {
  private static final Supplier<Criteria> W1 = () -> Criteria.where("workspaceId").is("w1");

  private MongoServer server;
  private MongoClient client;
  private MongoTemplate mongo;
  private CampaignAudiences audiences;
  private final List<String> fans = new ArrayList<>();

  @BeforeEach
  void setUp() {
    server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    mongo = new MongoTemplate(client, "audiences");
    audiences = new CampaignAudiences(mongo, Clock.systemUTC());
    List<Document> contacts = new ArrayList<>();
    for (int i = 0; i < 2_600; i++) {
      ObjectId id = new ObjectId();
      boolean fan = i % 10 != 0;
      contacts.add(new Document("_id", id).append("workspaceId", fan ? "w1" : "w2"));
      if (fan) {
        fans.add(id.toHexString());
      }
    }
    mongo.getCollection("contacts").insertMany(contacts);
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void batchesReadTheWholeAudienceInOrderOnceAcrossChunks() {
    long size = audiences.take("c1", () -> Criteria.where("workspaceId").is("w1"));

    assertThat(size).isEqualTo(2_340);
    List<String> read = new ArrayList<>();
    String cursor = null;
    for (int batch = 0; batch < 10; batch++) {
      List<String> next = audiences.next("c1", cursor, 700, W1);
      read.addAll(next);
      if (next.size() < 700) {
        break;
      }
      cursor = next.get(next.size() - 1);
    }
    assertThat(read).isEqualTo(fans);
  }

  @Test
  void aCursorMissingFromTheSnapshotContinuesAfterWhereItWouldBe() {
    audiences.take("c1", () -> Criteria.where("workspaceId").is("w1"));
    String between = fans.get(1_499);

    List<String> next = audiences.next("c1", between, 3, W1);

    assertThat(next).containsExactly(fans.get(1_500), fans.get(1_501), fans.get(1_502));
    assertThat(audiences.next("c1", fans.get(fans.size() - 1), 10, W1)).isEmpty();
  }

  @Test
  void aSnapshotIsTakenOnceAndDiscardedWhole() {
    audiences.take("c1", () -> Criteria.where("workspaceId").is("w1"));
    mongo.getCollection("contacts").insertOne(new Document("workspaceId", "w1"));

    assertThat(audiences.take("c1", () -> Criteria.where("workspaceId").is("w1"))).isEqualTo(2_340);
    assertThat(mongo.count(new Query(), AudienceChunk.class)).isEqualTo(3);

    audiences.discard("c1");

    assertThat(mongo.count(new Query(), AudienceChunk.class)).isZero();
    assertThat(mongo.count(new Query(), AudienceSnapshot.class)).isZero();
    assertThat(
            IntStream.range(0, 3)
                .mapToObj(n -> mongo.findById(AudienceChunk.idOf("c1", n), AudienceChunk.class)))
        .containsOnlyNulls();
  }
}
