package com.mewayz.activities.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mewayz.domain.ai.AiProvider;
import com.mewayz.domain.ai.AiSettingsStore.ProviderAccess;
import com.mewayz.workflows.ai.AiFailureTypes;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The generator against a local server speaking the OpenAI and Anthropic wire formats. */
class ContentGeneratorWireTest {
  private static final String EMAIL_JSON =
      "{\"subject\": \"Spring mugs are here\", \"body\": \"Hello! Our spring mugs...\"}";

  private final FakeModelServer server = new FakeModelServer();
  private final ContentGenerator generator = new ContentGenerator();
  private final List<String> calls = new ArrayList<>();

  private final ContentGenerator.Meter meter =
      new ContentGenerator.Meter() {
        @Override
        public void beforeCall() {}

        @Override
        public void called(int call, String model, long tokensIn, long tokensOut) {
          calls.add(call + ":" + model + ":" + tokensIn + ":" + tokensOut);
        }
      };

  @AfterEach
  void stop() {
    server.close();
  }

  private ProviderAccess openAi() {
    return new ProviderAccess(
        AiProvider.OPENAI, "gpt-4o-mini", server.baseUrl(), "sk-test-secret-4242", "Warm, short");
  }

  private static ContentGenerator.Ask email() {
    return new ContentGenerator.Ask(
        ContentKind.EMAIL, "Announce the spring mugs", "Mugs cost 12 EUR", null, null);
  }

  @Test
  void sendsAnOpenAiChatCompletionWithModelMessagesAndTemperatureWithoutStreaming() {
    server.openAi(EMAIL_JSON, 120, 40);

    ContentDraft draft = generator.generate(openAi(), email(), meter);

    assertThat(draft)
        .isEqualTo(ContentDraft.email("Spring mugs are here", "Hello! Our spring mugs..."));
    assertThat(server.received).hasSize(1);
    FakeModelServer.Received request = server.received.get(0);
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test-secret-4242");
    JsonNode body = request.body();
    assertThat(body.get("model").asString()).isEqualTo("gpt-4o-mini");
    assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
    assertThat(body.has("stream") && body.get("stream").asBoolean()).isFalse();
    JsonNode messages = body.get("messages");
    assertThat(messages.get(0).get("role").asString()).isEqualTo("system");
    assertThat(messages.get(0).get("content").asString())
        .contains("Warm, short")
        .contains("\"subject\"");
    assertThat(messages.get(1).get("role").asString()).isEqualTo("user");
    assertThat(messages.get(1).get("content").asString())
        .contains("Announce the spring mugs")
        .contains("Mugs cost 12 EUR");
    assertThat(calls).containsExactly("0:gpt-4o-mini:120:40");
  }

  @Test
  void sendsAnAnthropicMessageWithItsKeyAndVersionHeaders() {
    server.anthropic("{\"body\": \"A mug for slow mornings.\"}", 80, 20);
    ProviderAccess anthropic =
        new ProviderAccess(
            AiProvider.ANTHROPIC,
            "claude-3-5-haiku-latest",
            server.baseUrl() + "/",
            "sk-ant-test-9999",
            null);

    ContentDraft draft =
        generator.generate(
            anthropic,
            new ContentGenerator.Ask(
                ContentKind.PRODUCT_DESCRIPTION, "Describe the mug", null, null, null),
            meter);

    assertThat(draft.body()).isEqualTo("A mug for slow mornings.");
    FakeModelServer.Received request = server.received.get(0);
    assertThat(request.path()).isEqualTo("/v1/messages");
    assertThat(request.header("x-api-key")).isEqualTo("sk-ant-test-9999");
    assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
    JsonNode body = request.body();
    assertThat(body.get("model").asString()).isEqualTo("claude-3-5-haiku-latest");
    assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
    assertThat(body.has("stream") && body.get("stream").asBoolean()).isFalse();
    assertThat(body.get("messages").get(0).get("role").asString()).isEqualTo("user");
    assertThat(body.get("system").toString()).contains("clear, friendly");
    assertThat(calls).containsExactly("0:claude-3-5-haiku-latest:80:20");
  }

  @Test
  void aRateLimitIsRetryableAfterTheProvidersRetryAfter() {
    server.reply(
        429,
        Map.of("Retry-After", "7"),
        "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}");

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> generator.generate(openAi(), email(), meter));

    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getType()).isEqualTo("PROVIDER_BUSY");
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
    assertThat(failure.getOriginalMessage()).contains("HTTP 429").contains("Rate limit reached");
    assertThat(calls).isEmpty();
  }

  @Test
  void aServerErrorIsRetryableWithTheDefaultBackoffWhenNoRetryAfterIsSent() {
    server.reply(503, Map.of(), "{\"error\": {\"message\": \"overloaded\"}}");

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> generator.generate(openAi(), email(), meter));

    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isNull();
    assertThat(failure.getOriginalMessage()).contains("HTTP 503");
  }

  @Test
  void aRefusedKeyIsFinalAndTheFailureNeverCarriesTheKey() {
    server.reply(401, Map.of(), "{\"error\": {\"message\": \"Incorrect API key provided\"}}");

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> generator.generate(openAi(), email(), meter));

    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getType()).isEqualTo(AiFailureTypes.PROVIDER_REJECTED.type());
    assertThat(failure.getOriginalMessage()).contains("HTTP 401").doesNotContain("sk-test-secret");
  }

  @Test
  void malformedOutputIsRepairedByFeedingTheErrorBack() {
    server.openAi("Sure! Here is your email: Spring mugs", 100, 10);
    server.openAi("```json\n" + EMAIL_JSON + "\n```", 130, 30);

    ContentDraft draft = generator.generate(openAi(), email(), meter);

    assertThat(draft.subject()).isEqualTo("Spring mugs are here");
    assertThat(server.received).hasSize(2);
    JsonNode repair = server.received.get(1).body().get("messages");
    assertThat(repair.get(2).get("role").asString()).isEqualTo("assistant");
    assertThat(repair.get(2).get("content").asString()).contains("Here is your email");
    assertThat(repair.get(3).get("role").asString()).isEqualTo("user");
    assertThat(repair.get(3).get("content").asString()).contains("it is not valid JSON");
    assertThat(calls).containsExactly("0:gpt-4o-mini:100:10", "1:gpt-4o-mini:130:30");
  }

  @Test
  void malformedOutputThatStaysMalformedFailsClearlyAfterThreeTries() {
    server.openAi("{\"subject\": \"Only a subject\"}", 100, 10);
    server.openAi("{\"subject\": \"Still only a subject\"}", 100, 10);
    server.openAi("[]", 100, 10);

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> generator.generate(openAi(), email(), meter));

    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getType()).isEqualTo(AiFailureTypes.MALFORMED_OUTPUT.type());
    assertThat(failure.getOriginalMessage())
        .isEqualTo("The model's answer could not be read after 3 tries: it is not a JSON object");
    assertThat(server.received).hasSize(3);
    assertThat(server.received.get(1).body().get("messages").get(3).get("content").asString())
        .contains("\"body\" must be a non-empty string");
    assertThat(calls).hasSize(3);
  }

  @Test
  void aRevisionShowsTheRejectedDraftAndTheFeedback() {
    server.openAi("{\"body\": \"Mugs! 20% off.\"}", 50, 10);

    generator.generate(
        openAi(),
        new ContentGenerator.Ask(
            ContentKind.SOCIAL_POST,
            "Spring sale",
            null,
            "Mention mugs first",
            ContentDraft.text("Spring sale on everything")),
        meter);

    JsonNode messages = server.received.get(0).body().get("messages");
    assertThat(messages.get(2).get("role").asString()).isEqualTo("assistant");
    assertThat(messages.get(2).get("content").asString()).contains("Spring sale on everything");
    assertThat(messages.get(3).get("content").asString()).contains("Mention mugs first");
  }
}
