package com.mewayz.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MutableClock;
import com.mewayz.domain.common.Hashes;
import com.mewayz.domain.idempotency.IdempotencyRecord;
import com.mewayz.domain.idempotency.IdempotencyStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiTest
class IdempotencyKeyTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MutableClock clock;
  @Autowired IdempotencyStore store;
  @Autowired MongoTemplate mongo;
  ApiClient api;
  Account ann;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    ann = api.register("ann");
  }

  @Test
  void aRetriedCreateWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothingNew() throws Exception {
    String first =
        ApiClient.read(create("key-1", "Studio").andExpect(status().isCreated()), "$.data.id");

    create("key-1", "Studio")
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.data.id").value(first));

    api.perform(HttpMethod.GET, "/api/multi-workspace/workspaces", ann, null)
        .andExpect(jsonPath("$.data.total").value(1));
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() throws Exception {
    create("key-2", "Studio").andExpect(status().isCreated());

    create("key-2", "Another studio")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error").value("IdempotencyKeyReused"))
        .andExpect(jsonPath("$.details['Idempotency-Key']").exists());
  }

  @Test
  void keysBelongToTheirCaller() throws Exception {
    Account bob = api.register("bob");
    String annsId = ApiClient.read(create("shared-key", "Studio"), "$.data.id");

    String bobsId =
        ApiClient.read(
            mvc.perform(
                    post("/api/multi-workspace/workspaces")
                        .header("Authorization", "Bearer " + bob.accessToken())
                        .header("Idempotency-Key", "shared-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Studio\"}"))
                .andExpect(status().isCreated()),
            "$.data.id");

    assertThat(bobsId).isNotEqualTo(annsId);
  }

  @Test
  void withoutAKeyEveryRequestCreates() throws Exception {
    api.perform(HttpMethod.POST, "/api/multi-workspace/workspaces", ann, "{\"name\":\"A\"}");
    api.perform(HttpMethod.POST, "/api/multi-workspace/workspaces", ann, "{\"name\":\"A\"}");
    api.perform(HttpMethod.GET, "/api/multi-workspace/workspaces", ann, null)
        .andExpect(jsonPath("$.data.total").value(2));
  }

  @Test
  void validationFailuresAreReplayedToo() throws Exception {
    create("key-3", "").andExpect(status().isBadRequest());
    create("key-3", "")
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.details.name").exists());
  }

  @Test
  void aKeyWhoseFirstRequestDiedIsFreedForItsRetryAfterTheLease() throws Exception {
    String workspace = api.createWorkspace(ann, "Died");
    String body = "{\"email\":\"died@example.com\"}";
    // The first request claimed the key, then its process died before it created anything.
    store.claim(recordId("/api/crm/contacts", "died-1"), fingerprint(body), clock.instant());

    createContact(workspace, "died-1", body).andExpect(status().isConflict());
    clock.advance(Duration.ofSeconds(61));

    String id =
        ApiClient.read(
            createContact(workspace, "died-1", body).andExpect(status().isCreated()), "$.data.id");
    createContact(workspace, "died-1", body)
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.data.id").value(id));
  }

  @Test
  void aRetryAfterTheFirstAttemptDiedAnswersWithTheContactThatAttemptCreated() throws Exception {
    String workspace = api.createWorkspace(ann, "Half done");
    String body = "{\"email\":\"half@example.com\",\"tags\":[\"vip\"]}";
    String first =
        ApiClient.read(
            createContact(workspace, "half-1", body).andExpect(status().isCreated()), "$.data.id");
    // As if the process died after writing the contact and before storing the answer.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(recordId("/api/crm/contacts", "half-1"))),
        new Update().set("completed", false),
        IdempotencyRecord.class);
    clock.advance(Duration.ofSeconds(61));

    createContact(workspace, "half-1", body)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.id").value(first));
    createContact(workspace, "half-2", body).andExpect(status().isConflict());
    api.inWorkspace(workspace, HttpMethod.GET, "/api/crm/contacts", ann, null)
        .andExpect(jsonPath("$.data.total").value(1));
  }

  @Test
  void anAnswerStoredBeforeTakeoversWereCountedIsStillReplayed() throws Exception {
    String workspace = api.createWorkspace(ann, "Older");
    String body = "{\"email\":\"older@example.com\"}";
    mongo
        .getCollection("idempotency_records")
        .insertOne(
            new Document("_id", recordId("/api/crm/contacts", "older-1"))
                .append("fingerprint", fingerprint(body))
                .append("completed", true)
                .append("status", 201)
                .append("contentType", "application/json")
                .append("body", "{\"data\":{\"id\":\"older\"}}")
                .append("createdAt", java.util.Date.from(clock.instant())));

    createContact(workspace, "older-1", body)
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.data.id").value("older"));
  }

  private ResultActions createContact(String workspace, String key, String body) throws Exception {
    return api.perform(
        HttpMethod.POST,
        "/api/crm/contacts",
        ann,
        body,
        Map.of("X-Workspace-Id", workspace, "Idempotency-Key", key));
  }

  private String recordId(String path, String key) {
    return Hashes.sha256(ann.id() + "|" + path + "|" + key);
  }

  private static String fingerprint(String body) {
    return Hashes.sha256(body.getBytes(StandardCharsets.UTF_8));
  }

  private ResultActions create(String key, String name) throws Exception {
    return mvc.perform(
        post("/api/multi-workspace/workspaces")
            .header("Authorization", "Bearer " + ann.accessToken())
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"%s\"}".formatted(name)));
  }
}
