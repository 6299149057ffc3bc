package com.mewayz.domain.payments;

import com.mewayz.domain.common.SecretBox;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Seals Stripe keys on the way in and opens them only for the code that calls Stripe. */
@Component
public class StripeSettingsStore {
  private final MongoTemplate mongo;
  private final SecretBox box;
  private final Clock clock;

  public StripeSettingsStore(MongoTemplate mongo, SecretBox box, Clock clock) {
    this.mongo = mongo;
    this.box = box;
    this.clock = clock;
  }

  /** Keys in clear, as an owner sends them; never logged (toString masks them). */
  public record StripeKeys(String secretKey, String publishableKey, String webhookSecret) {
    @Override
    public String toString() {
      return "StripeKeys[secretKey=…"
          + last4(secretKey)
          + ", webhookSecret=…"
          + last4(webhookSecret)
          + "]";
    }
  }

  public StripeSettings save(String workspaceId, StripeKeys keys, String userId) {
    StripeSettings settings =
        new StripeSettings(
            workspaceId,
            box.seal(workspaceId, StripeSettings.SECRET_KEY_PURPOSE, keys.secretKey()),
            last4(keys.secretKey()),
            keys.publishableKey(),
            box.seal(workspaceId, StripeSettings.WEBHOOK_SECRET_PURPOSE, keys.webhookSecret()),
            last4(keys.webhookSecret()),
            clock.instant(),
            userId);
    return mongo.save(settings);
  }

  public Optional<StripeSettings> find(String workspaceId) {
    return Optional.ofNullable(mongo.findById(workspaceId, StripeSettings.class));
  }

  /**
   * Whether the workspace can take Stripe payments: Stripe takes them with the secret key, and only
   * the webhook, verified with the signing secret, tells Mewayz they succeeded.
   */
  public boolean acceptsPayments(String workspaceId) {
    return find(workspaceId)
        .filter(s -> s.secretKeySealed() != null && s.webhookSecretSealed() != null)
        .isPresent();
  }

  /** True when there was something to remove. */
  public boolean delete(String workspaceId) {
    return mongo
            .remove(Query.query(Criteria.where("_id").is(workspaceId)), StripeSettings.class)
            .getDeletedCount()
        > 0;
  }

  /** The workspace's secret API key in clear, for one call to Stripe. */
  public Optional<String> secretKey(String workspaceId) {
    return find(workspaceId)
        .filter(s -> s.secretKeySealed() != null)
        .map(s -> box.open(workspaceId, StripeSettings.SECRET_KEY_PURPOSE, s.secretKeySealed()));
  }

  /** The workspace's webhook signing secret in clear, to verify one delivery. */
  public Optional<String> webhookSecret(String workspaceId) {
    return find(workspaceId)
        .filter(s -> s.webhookSecretSealed() != null)
        .map(
            s ->
                box.open(
                    workspaceId, StripeSettings.WEBHOOK_SECRET_PURPOSE, s.webhookSecretSealed()));
  }

  static String last4(String value) {
    return value == null || value.length() < 4 ? "" : value.substring(value.length() - 4);
  }
}
