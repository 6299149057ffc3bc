package com.mewayz.domain.payments;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workspace's Stripe keys, one document per workspace (id = workspace id). The secret key and the
 * webhook signing secret are {@link com.mewayz.domain.common.SecretBox} envelopes bound to the
 * workspace; only their last 4 characters are kept in clear, to show which key is set.
 */
@Document("stripe_settings")
public record StripeSettings(
    @Id String workspaceId,
    String secretKeySealed,
    String secretKeyLast4,
    String publishableKey,
    String webhookSecretSealed,
    String webhookSecretLast4,
    Instant updatedAt,
    String updatedBy) {

  /** SecretBox purposes: a sealed value only opens in the field it was written to. */
  public static final String SECRET_KEY_PURPOSE = "stripe.secret-key";

  public static final String WEBHOOK_SECRET_PURPOSE = "stripe.webhook-secret";
}
