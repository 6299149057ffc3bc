package com.mewayz.domain.ai;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workspace's AI provider, one document per workspace (id = workspace id). The API key is a
 * {@link com.mewayz.domain.common.SecretBox} envelope bound to the workspace; only its last 4
 * characters are kept in clear. {@code monthlyBudgetCents} null means no budget.
 */
@Document("ai_settings")
public record AiSettings(
    @Id String workspaceId,
    AiProvider provider,
    String model,
    String baseUrl,
    String apiKeySealed,
    String apiKeyLast4,
    String brandVoice,
    Long monthlyBudgetCents,
    Instant updatedAt,
    String updatedBy) {

  /** SecretBox purpose: the sealed key only opens as an AI key. */
  public static final String API_KEY_PURPOSE = "ai.api-key";

  /** A hosted provider needs its key; a self-hosted one needs its base URL. */
  public boolean usable() {
    return switch (provider) {
      case OPENAI, ANTHROPIC -> apiKeySealed != null;
      case OPENAI_COMPATIBLE -> baseUrl != null && !baseUrl.isBlank();
    };
  }
}
