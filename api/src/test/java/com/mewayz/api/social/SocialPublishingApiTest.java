package com.mewayz.api.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.workflows.social.SocialPosts;
import com.sun.net.httpserver.HttpServer;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Posts published for real: the platform base URLs point at local servers standing in for X and
 * LinkedIn, so the whole path runs (API, workflow, activity, adapter, HTTP) and the servers see
 * exactly what the platforms would. The class has a context of its own, whose clock no other test
 * moves, so "now" is the same instant for the API and for the workflows' timers.
 */
@ApiTest
class SocialPublishingApiTest {
  private static final Platform X = new Platform();
  private static final Platform LINKEDIN = new Platform();

  @DynamicPropertySource
  static void platforms(DynamicPropertyRegistry registry) {
    registry.add("mewayz.social.x.api-base", X::baseUrl);
    registry.add("mewayz.social.linkedin.api-base", LINKEDIN::baseUrl);
  }

  @AfterAll
  static void stop() {
    X.server.stop(0);
    LINKEDIN.server.stop(0);
  }

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired WorkflowClient temporal;
  @Autowired MongoTemplate mongo;
  ApiClient api;
  ApiClient.Account owner;
  SocialCalls social;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("publisher");
    social = new SocialCalls(api, owner, api.createWorkspace(owner, "Publishing Co"));
  }

  @Test
  void publishesOnBothPlatformsAfterLinkedInsRateLimitAndRecordsEachPostsAddress()
      throws Exception {
    String x = social.xAccount("Mewayz on X");
    String linkedIn = social.linkedInAccount("Ada on LinkedIn", SocialCalls.LINKEDIN_TOKEN);
    X.answers.add(
        () -> new Answer(201, Map.of(), "{\"data\": {\"id\": \"1850\", \"text\": \"-\"}}"));
    LINKEDIN.answers.add(() -> new Answer(429, Map.of("Retry-After", "1"), "{\"status\": 429}"));
    LINKEDIN.answers.add(
        () -> new Answer(201, Map.of("x-restli-id", "urn:li:share:6844785523593134080"), ""));

    String post = social.post("Launch (today) at noon", SocialCalls.at(Instant.now()), x, linkedIn);

    String done = awaitFinal(post);
    assertThat(JsonPath.<String>read(done, "$.data.status")).isEqualTo("PUBLISHED");
    assertThat(JsonPath.<String>read(done, "$.data.targets[0].url"))
        .isEqualTo("https://x.com/mewayz/status/1850");
    assertThat(JsonPath.<String>read(done, "$.data.targets[1].platformPostId"))
        .isEqualTo("urn:li:share:6844785523593134080");
    assertThat(JsonPath.<Integer>read(done, "$.data.targets[1].attempts")).isEqualTo(2);
    Received toX = X.received.get(0);
    assertThat(toX.path()).isEqualTo("/2/tweets");
    assertThat(toX.authorization()).isEqualTo("Bearer " + SocialCalls.X_TOKEN);
    assertThat(toX.body()).isEqualTo("{\"text\":\"Launch (today) at noon\"}");
    assertThat(LINKEDIN.received).hasSize(2);
    assertThat(LINKEDIN.received.get(1).path()).isEqualTo("/rest/posts");
    assertThat(LINKEDIN.received.get(1).authorization())
        .isEqualTo("Bearer " + SocialCalls.LINKEDIN_TOKEN);
    assertThat(LINKEDIN.received.get(1).body()).contains("Launch \\\\(today\\\\) at noon");
    // Payloads are encrypted at rest; neither the history nor its decoded payloads hold a token.
    assertThat(historyPayloads(post))
        .doesNotContain(SocialCalls.X_TOKEN)
        .doesNotContain(SocialCalls.LINKEDIN_TOKEN);
  }

  @Test
  void aRevokedTokenFailsThatAccountOnlyAndAsksForReconnection() throws Exception {
    String x = social.xAccount("Mewayz on X");
    String linkedIn = social.linkedInAccount("Ada on LinkedIn", SocialCalls.LINKEDIN_TOKEN);
    X.answers.add(
        () -> new Answer(201, Map.of(), "{\"data\": {\"id\": \"1851\", \"text\": \"-\"}}"));
    LINKEDIN.answers.add(
        () ->
            new Answer(
                401,
                Map.of(),
                "{\"status\": 401, \"code\": \"REVOKED_ACCESS_TOKEN\", \"message\": \"The token"
                    + " used in the request has been revoked by the user\"}"));

    String post = social.post("Half of it", SocialCalls.at(Instant.now()), x, linkedIn);

    String done = awaitFinal(post);
    assertThat(JsonPath.<String>read(done, "$.data.status")).isEqualTo("PARTIALLY_PUBLISHED");
    assertThat(JsonPath.<String>read(done, "$.data.targets[1].error"))
        .contains("needs reconnecting")
        .contains("revoked");
    social
        .call(HttpMethod.GET, "/api/social/accounts", null)
        .andExpect(jsonPath("$.data[1].state").value("NEEDS_RECONNECT"))
        .andExpect(jsonPath("$.data[0].state").value("CONNECTED"));
    assertThat(
            api.awaitMail(owner.email(), "Your post was not published on 1 of its accounts").text())
        .contains("Ada on LinkedIn");
  }

  /** Every payload the post's workflow history holds (inputs, results, updates), decoded. */
  private String historyPayloads(String post) {
    String json = temporal.fetchHistory(SocialPosts.workflowId(post)).toJson(false);
    StringBuilder decoded = new StringBuilder();
    var payload = java.util.regex.Pattern.compile("\"data\": ?\"([A-Za-z0-9+/=]+)\"").matcher(json);
    while (payload.find()) {
      decoded
          .append(
              new String(
                  java.util.Base64.getDecoder().decode(payload.group(1)), StandardCharsets.UTF_8))
          .append('\n');
    }
    return json + "\n" + decoded;
  }

  @Test
  void aPostWhoseAccountWasDisconnectedFailsAndItsAuthorIsMailed() throws Exception {
    String x = social.xAccount("Mewayz on X");
    String post = social.post("Goes nowhere", SocialCalls.at(Instant.now().plusSeconds(2)), x);
    social.call(HttpMethod.DELETE, "/api/social/accounts/" + x + "/token", null);

    var mail = api.awaitMail(owner.email(), "Your post was not published");

    assertThat(mail.text()).contains("Goes nowhere").contains("is not connected");
    social
        .call(HttpMethod.GET, "/api/social/posts/" + post, null)
        .andExpect(jsonPath("$.data.status").value("FAILED"))
        .andExpect(jsonPath("$.data.targets[0].status").value("FAILED"))
        .andExpect(
            jsonPath("$.data.targets[0].error")
                .value(Matchers.containsString("Mewayz on X is not connected")));
    assertThat(
            mongo.findById(
                social.workspace() + ":social-post:" + post + ":" + x + ":social.post_failed",
                PlatformEvent.class))
        .isNotNull();
    social
        .call(HttpMethod.PUT, "/api/social/posts/" + post, "{\"text\": \"Too late\"}")
        .andExpect(status().isConflict());
  }

  private String awaitFinal(String post) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      String body =
          social
              .call(HttpMethod.GET, "/api/social/posts/" + post, null)
              .andReturn()
              .getResponse()
              .getContentAsString();
      String status = JsonPath.read(body, "$.data.status");
      if (!status.equals("SCHEDULED") && !status.equals("PUBLISHING")) {
        return body;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The post " + post + " did not finish publishing");
  }

  record Answer(int status, Map<String, String> headers, String body) {}

  record Received(String path, String authorization, String body) {}

  /** A platform on 127.0.0.1 answering the queued answers in turn (500 when none is left). */
  static final class Platform {
    final HttpServer server;
    final ConcurrentLinkedDeque<Supplier<Answer>> answers = new ConcurrentLinkedDeque<>();
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    Platform() {
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server.createContext(
          "/",
          exchange -> {
            received.add(
                new Received(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Supplier<Answer> next = answers.poll();
            Answer answer = next == null ? new Answer(500, Map.of(), "{}") : next.get();
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          });
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }
  }
}
