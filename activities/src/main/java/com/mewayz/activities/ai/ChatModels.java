package com.mewayz.activities.ai;

import com.mewayz.domain.ai.AiSettingsStore.ProviderAccess;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * Builds the LangChain4j model of a workspace's provider for one generation. LangChain4j's own
 * retries are off: Temporal retries the activity, durably and with the provider's Retry-After.
 */
final class ChatModels {
  static final double TEMPERATURE = 0.7;
  static final int MAX_TOKENS = 2000;
  static final String ANTHROPIC_VERSION = "2023-06-01";
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private ChatModels() {}

  static ChatModel of(ProviderAccess access) {
    return switch (access.provider()) {
      case ANTHROPIC ->
          AnthropicChatModel.builder()
              .httpClientBuilder(ProviderHttpClient.builder())
              .baseUrl(blankToNull(access.baseUrl()))
              .apiKey(access.apiKey())
              .version(ANTHROPIC_VERSION)
              .modelName(access.model())
              .temperature(TEMPERATURE)
              .maxTokens(MAX_TOKENS)
              .timeout(TIMEOUT)
              .maxRetries(0)
              .build();
      case OPENAI, OPENAI_COMPATIBLE ->
          OpenAiChatModel.builder()
              .httpClientBuilder(ProviderHttpClient.builder())
              .baseUrl(blankToNull(access.baseUrl()))
              // A local server without keys still gets a header; it ignores it.
              .apiKey(access.apiKey() == null ? "none" : access.apiKey())
              .modelName(access.model())
              .temperature(TEMPERATURE)
              .maxTokens(MAX_TOKENS)
              .timeout(TIMEOUT)
              .maxRetries(0)
              .build();
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
