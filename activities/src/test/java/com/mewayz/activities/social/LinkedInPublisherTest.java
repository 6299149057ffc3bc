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

/** The LinkedIn adapter against a local server that checks the request as LinkedIn documents it. */
class LinkedInPublisherTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final String TOKEN = "li-member-token-9876";
  private static final SocialAccount ACCOUNT =
      new SocialAccount(
          "acc-li",
          "ws-1",
          SocialPlatform.LINKEDIN,
          "Ada Lovelace",
          null,
          "urn:li:person:8675309",
          "v1:sealed",
          "9876",
          NOW,
          null,
          NOW,
          NOW);

  private final JsonMapper json = JsonMapper.builder().build();
  private PlatformStub linkedIn;
  private LinkedInPublisher publisher;

  @BeforeEach
  void start() throws Exception {
    linkedIn = new PlatformStub();
    publisher =
        new LinkedInPublisher(
            new SocialHttp(Clock.fixed(NOW, ZoneOffset.UTC)), json, linkedIn.baseUrl(), "202610");
  }

  @AfterEach
  void stop() {
    linkedIn.close();
  }

  @Test
  void createsAPublishedTextPostAsTheAuthorAndReadsTheUrnFromTheRestliIdHeader() {
    linkedIn.answer(201, Map.of("x-restli-id", "urn:li:share:6844785523593134080"), "");

    Published published =
        publisher.publish(ACCOUNT, TOKEN, "Launch day (finally) @home #mewayz_launch");

    assertThat(published.platformPostId()).isEqualTo("urn:li:share:6844785523593134080");
    assertThat(published.url())
        .isEqualTo("https://www.linkedin.com/feed/update/urn:li:share:6844785523593134080/");
    PlatformStub.Received request = linkedIn.received.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/rest/posts");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.header("LinkedIn-Version")).isEqualTo("202610");
    assertThat(request.header("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    JsonNode body = json.readTree(request.body());
    assertThat(body.path("author").asString()).isEqualTo("urn:li:person:8675309");
    // Reserved characters of LinkedIn's "little" format are escaped; a hashtag stays a hashtag.
    assertThat(body.path("commentary").asString())
        .isEqualTo("Launch day \\(finally\\) \\@home #mewayz\\_launch");
    assertThat(body.path("visibility").asString()).isEqualTo("PUBLIC");
    assertThat(body.path("distribution").path("feedDistribution").asString())
        .isEqualTo("MAIN_FEED");
    assertThat(body.path("distribution").path("targetEntities").isArray()).isTrue();
    assertThat(body.path("distribution").path("thirdPartyDistributionChannels").isArray()).isTrue();
    assertThat(body.path("lifecycleState").asString()).isEqualTo("PUBLISHED");
    assertThat(body.path("isReshareDisabledByAuthor").asBoolean()).isFalse();
  }

  @Test
  void aThrottledMemberWaitsForRetryAfterWhenLinkedInNamesIt() {
    linkedIn.answer(
        429,
        Map.of("Retry-After", "120"),
        "{\"status\": 429, \"serviceErrorCode\": 101, \"code\": \"TOO_MANY_REQUESTS\","
            + " \"message\": \"Resource level throttle APPLICATION DAY limit for calls to this"
            + " resource is reached.\"}");
    linkedIn.answer(429, Map.of(), "{\"status\": 429, \"message\": \"Too many requests\"}");

    PublishRefused named =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi"));
    PublishRefused unnamed =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi"));

    assertThat(named.reason()).isEqualTo(PublishRefused.Reason.RATE_LIMITED);
    assertThat(named.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(named.getMessage()).contains("throttle");
    assertThat(unnamed.reason()).isEqualTo(PublishRefused.Reason.RATE_LIMITED);
    assertThat(unnamed.retryAfter()).as("the activity's own backoff then").isNull();
  }

  @Test
  void aRevokedTokenIsUnauthorized() {
    linkedIn.answer(
        401,
        Map.of(),
        "{\"status\": 401, \"serviceErrorCode\": 65601, \"code\": \"REVOKED_ACCESS_TOKEN\","
            + " \"message\": \"The token used in the request has been revoked by the user\"}");

    PublishRefused refused =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi"));

    assertThat(refused.reason()).isEqualTo(PublishRefused.Reason.UNAUTHORIZED);
    assertThat(refused.getMessage()).contains("revoked").doesNotContain(TOKEN);
  }

  @Test
  void aDuplicateNamesTheEarlierPost() {
    linkedIn.answer(
        422,
        Map.of(),
        "{\"errorDetailType\": \"com.linkedin.common.error.BadRequest\", \"message\":"
            + " \"com.linkedin.content.common.exception.BadRequestResponseException: Content is a"
            + " duplicate of urn:li:share:7141138937766391808\", \"errorDetails\": {\"inputErrors\":"
            + " [{\"description\": \"Duplicate post is detected\", \"input\": {}, \"code\":"
            + " \"DUPLICATE_POST\"}]}, \"status\": 422}");

    PublishRefused refused =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi"));

    assertThat(refused.reason()).isEqualTo(PublishRefused.Reason.DUPLICATE);
    assertThat(refused.duplicateOf()).isEqualTo("urn:li:share:7141138937766391808");
  }

  @Test
  void aMissingPermissionIsARefusalNotARetry() {
    linkedIn.answer(
        403,
        Map.of(),
        "{\"status\": 403, \"serviceErrorCode\": 100, \"code\": \"ACCESS_DENIED\", \"message\":"
            + " \"Not enough permissions to access: partnerApiPostsExternal.CREATE.20261001\"}");

    PublishRefused refused =
        catchThrowableOfType(PublishRefused.class, () -> publisher.publish(ACCOUNT, TOKEN, "Hi"));

    assertThat(refused.reason()).isEqualTo(PublishRefused.Reason.REJECTED);
    assertThat(refused.getMessage()).contains("Not enough permissions");
  }
}
