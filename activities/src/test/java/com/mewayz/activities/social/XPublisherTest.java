package com.mewayz.activities.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mewayz.domain.social.SocialAccount;
import com.mewayz.workflows.social.Published;
import com.mewayz.workflows.social.SocialPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The X adapter against a local server that checks the request as X documents it. */
class XPublisherTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final String TOKEN = "x-user-token-1234";
  private static final SocialAccount ACCOUNT =
      new SocialAccount(
          "acc-x",
          "ws-1",
          SocialPlatform.X,
          "Mewayz",
          "mewayz",
          null,
          "v1:sealed",
          "1234",
          NOW,
          null,
          NOW,
          NOW);

  private final JsonMapper json = JsonMapper.builder().build();
  private PlatformStub x;
  private XPublisher publisher;

  @BeforeEach
  void start() throws Exception {
    x = new PlatformStub();
    publisher = new XPublisher(new SocialHttp(Clock.fixed(NOW, ZoneOffset.UTC)), json, x.baseUrl());
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void postsTheTextAsJsonWithTheUsersBearerTokenAndReadsThePostId() {
    x.answer(
        201,
        Map.of(),
        "{\"data\": {\"id\": \"1445880548472328192\", \"text\": \"Hello (world) #launch\"}}");

    Published published = publisher.publish(ACCOUNT, TOKEN, "Hello (world) #launch");

    assertThat(published.platformPostId()).isEqualTo("1445880548472328192");
    assertThat(published.url()).isEqualTo("https://x.com/mewayz/status/1445880548472328192");
    PlatformStub.Received request = x.received.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/2/tweets");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.header("Content-Type")).startsWith("application/json");
    JsonNode body = json.readTree(request.body());
    assertThat(body.size()).as("only the text").isEqualTo(1);
    assertThat(body.path("text").asString()).isEqualTo("Hello (world) #launch");
  }

  @Test
  void aRateLimitNamesTheWaitUntilXResetsTheWindow() {
    long reset = NOW.plus(Duration.ofMinutes(13)).getEpochSecond();
    x.answer(
        429,
        Map.of(
            "x-rate-limit-limit", "200",
            "x-rate-limit-remaining", "0",
            "x-rate-limit-reset", Long.toString(reset)),
        "{\"title\": \"Too Many Requests\", \"detail\": \"Too Many Requests\", \"status\": 429}");

    PublishRefused refused =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Busy"));

    assertThat(refused.reason()).isEqualTo(PublishRefused.Reason.RATE_LIMITED);
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(13));
  }

  @Test
  void aRetryAfterHeaderWinsOverTheResetTime() {
    x.answer(
        429,
        Map.of(
            "retry-after",
            "42",
            "x-rate-limit-reset",
            Long.toString(NOW.plusSeconds(900).getEpochSecond())),
        "{}");

    PublishRefused refused =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi"));

    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(42));
  }

  @Test
  void anExpiredTokenIsUnauthorizedAndTheMessageNeverCarriesTheToken() {
    x.answer(
        401,
        Map.of(),
        "{\"title\": \"Unauthorized\", \"type\": \"about:blank\", \"status\": 401,"
            + " \"detail\": \"Unauthorized\"}");

    PublishRefused refused =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi"));

    assertThat(refused.reason()).isEqualTo(PublishRefused.Reason.UNAUTHORIZED);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.getMessage()).contains("Unauthorized").doesNotContain(TOKEN);
  }

  @Test
  void duplicateContentIsToldApartFromOtherRefusals() {
    x.answer(
        403,
        Map.of(),
        "{\"detail\": \"You are not allowed to create a Tweet with duplicate content.\","
            + " \"type\": \"about:blank\", \"title\": \"Forbidden\", \"status\": 403}");
    x.answer(
        403,
        Map.of(),
        "{\"detail\": \"You are not permitted to perform this action.\", \"status\": 403}");

    PublishRefused duplicate =
        catchThrowableOfType(
            PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Again"));
    PublishRefused forbidden =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "No"));

    assertThat(duplicate.reason()).isEqualTo(PublishRefused.Reason.DUPLICATE);
    assertThat(duplicate.getMessage()).contains("duplicate content");
    assertThat(forbidden.reason()).isEqualTo(PublishRefused.Reason.REJECTED);
  }

  @Test
  void aServerErrorIsRetryableAndNoServerAtAllIsUnreachable() {
    x.answer(503, Map.of(), "{\"title\": \"Service Unavailable\"}");
    PublishRefused down =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi"));
    assertThat(down.reason()).isEqualTo(PublishRefused.Reason.UNAVAILABLE);

    x.close();
    assertThat(
            catchThrowableOfType(
                PlatformUnreachable.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi")))
        .hasMessageStartingWith("X did not answer");
  }
}
