package com.mewayz.domain.ai;

import com.mewayz.domain.common.SecretBox;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Seals AI keys on the way in and opens them only for the code that calls the provider. */
@Component
public class AiSettingsStore {
  private final MongoTemplate mongo;
  private final SecretBox box;
  private final Clock clock;

  public AiSettingsStore(MongoTemplate mongo, SecretBox box, Clock clock) {
    this.mongo = mongo;
    this.box = box;
    this.clock = clock;
  }

  /** What an owner sets. A null {@code apiKey} keeps the key already stored. */
  public record Changes(
      AiProvider provider,
      String model,
      String baseUrl,
      String apiKey,
      String brandVoice,
      Long monthlyBudgetCents) {
    @Override
    public String toString() {
      return "Changes[" + provider + ", " + model + ", key masked]";
    }
  }

  public AiSettings save(String workspaceId, Changes changes, String userId) {
    Optional<AiSettings> current = find(workspaceId);
    String sealed = current.map(AiSettings::apiKeySealed).orElse(null);
    String last4 = current.map(AiSettings::apiKeyLast4).orElse(null);
    if (changes.apiKey() != null) {
      sealed = box.seal(workspaceId, AiSettings.API_KEY_PURPOSE, changes.apiKey());
      last4 = last4(changes.apiKey());
    }
    return mongo.save(
        new AiSettings(
            workspaceId,
            changes.provider(),
            changes.model(),
            changes.baseUrl(),
            sealed,
            last4,
            changes.brandVoice(),
            changes.monthlyBudgetCents(),
            clock.instant(),
            userId));
  }

  public Optional<AiSettings> find(String workspaceId) {
    return Optional.ofNullable(mongo.findById(workspaceId, AiSettings.class));
  }

  /** True when there was something to remove. */
  public boolean delete(String workspaceId) {
    return mongo
            .remove(Query.query(Criteria.where("_id").is(workspaceId)), AiSettings.class)
            .getDeletedCount()
        > 0;
  }

  /** The workspace's provider with its key in clear, for one call; empty when not usable. */
  public Optional<ProviderAccess> access(String workspaceId) {
    return find(workspaceId)
        .filter(AiSettings::usable)
        .map(
            s ->
                new ProviderAccess(
                    s.provider(),
                    s.model(),
                    s.baseUrl(),
                    s.apiKeySealed() == null
                        ? null
                        : box.open(workspaceId, AiSettings.API_KEY_PURPOSE, s.apiKeySealed()),
                    s.brandVoice()));
  }

  /** Everything a call to the provider needs; never logged (toString masks the key). */
  public record ProviderAccess(
      AiProvider provider, String model, String baseUrl, String apiKey, String brandVoice) {
    @Override
    public String toString() {
      return "ProviderAccess[" + provider + ", " + model + ", " + baseUrl + ", key masked]";
    }
  }

  static String last4(String value) {
    return value == null || value.length() < 4 ? "" : value.substring(value.length() - 4);
  }
}
