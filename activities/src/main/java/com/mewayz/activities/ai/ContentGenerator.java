package com.mewayz.activities.ai;

import com.mewayz.activities.ai.DraftParser.MalformedOutput;
import com.mewayz.domain.ai.AiSettingsStore.ProviderAccess;
import com.mewayz.workflows.ai.AiFailureTypes;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Asks a provider for one draft: a call, then up to {@link #REPAIRS} more with the reading error
 * fed back when the answer does not parse. Provider failures become Temporal failures that say
 * whether a retry can help: 429 and 5xx are retryable after the provider's Retry-After, other
 * refusals are not.
 */
@org.springframework.stereotype.Component
public final class ContentGenerator {
  static final int REPAIRS = 2;
  private static final int ERROR_BODY_LIMIT = 300;

  private final Function<ProviderAccess, ChatModel> models;

  public ContentGenerator() {
    this(ChatModels::of);
  }

  ContentGenerator(Function<ProviderAccess, ChatModel> models) {
    this.models = models;
  }

  /** Told before every call (to check the budget) and after it (to count its tokens). */
  public interface Meter {
    void beforeCall();

    void called(int call, String model, long tokensIn, long tokensOut);
  }

  /** What one piece of content asks for; {@code feedback} and {@code rejected} for a revision. */
  public record Ask(
      ContentKind kind, String brief, String source, String feedback, ContentDraft rejected) {}

  public ContentDraft generate(ProviderAccess access, Ask ask, Meter meter) {
    ChatModel model = models.apply(access);
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(Prompts.system(ask.kind(), access.brandVoice())));
    messages.add(UserMessage.from(Prompts.user(ask.kind(), ask.brief(), ask.source())));
    if (ask.feedback() != null && ask.rejected() != null) {
      messages.add(AiMessage.from(DraftParser.toJson(ask.rejected())));
      messages.add(UserMessage.from(Prompts.revision(ask.feedback(), ask.rejected())));
    }
    for (int call = 0; ; call++) {
      meter.beforeCall();
      ChatResponse response = call(model, messages);
      TokenUsage usage = response.tokenUsage();
      meter.called(
          call,
          access.model(),
          usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
          usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
      String answer = response.aiMessage().text();
      try {
        return DraftParser.parse(ask.kind(), answer);
      } catch (MalformedOutput e) {
        if (call == REPAIRS) {
          throw ApplicationFailure.newNonRetryableFailure(
              "The model's answer could not be read after "
                  + (REPAIRS + 1)
                  + " tries: "
                  + e.getMessage(),
              AiFailureTypes.MALFORMED_OUTPUT.type());
        }
        messages.add(AiMessage.from(answer == null ? "" : answer));
        messages.add(UserMessage.from(Prompts.repair(e.getMessage())));
      }
    }
  }

  private static ChatResponse call(ChatModel model, List<ChatMessage> messages) {
    try {
      return model.chat(messages);
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  static ApplicationFailure failure(RuntimeException e) {
    ProviderHttpException http = httpCause(e);
    if (http == null) {
      return ApplicationFailure.newFailure(
          "The AI provider could not be reached: " + e.getMessage(), "PROVIDER_UNREACHABLE");
    }
    int status = http.statusCode();
    String said = abbreviate(http.getMessage());
    if (status == 429 || status >= 500) {
      return ApplicationFailure.newFailureWithCauseAndDelay(
          "The AI provider is busy (HTTP " + status + "): " + said,
          "PROVIDER_BUSY",
          null,
          http.retryAfter());
    }
    return ApplicationFailure.newNonRetryableFailure(
        "The AI provider refused the request (HTTP " + status + "): " + said,
        AiFailureTypes.PROVIDER_REJECTED.type());
  }

  private static ProviderHttpException httpCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProviderHttpException http) {
        return http;
      }
    }
    return null;
  }

  private static String abbreviate(String body) {
    if (body == null) {
      return "";
    }
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= ERROR_BODY_LIMIT
        ? oneLine
        : oneLine.substring(0, ERROR_BODY_LIMIT) + "…";
  }
}
