package com.mewayz.api.automations;

import com.mewayz.api.automations.AutomationViews.WebhookView;
import com.mewayz.domain.common.AppSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Webhook URLs ({@code /api/hooks/{automationId}.{signature}}) and signing secrets, both derived
 * from the master secret: nothing to store, nothing to leak from the database.
 */
@Component
class WebhookLinks {
  static final String SIGNATURE_HEADER = "X-Mewayz-Signature";
  static final Duration TOLERANCE = Duration.ofSeconds(300);
  private final AppSecret secret;
  private final String publicUrl;

  WebhookLinks(
      AppSecret secret, @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    this.secret = secret;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  WebhookView view(String automationId) {
    return new WebhookView(
        publicUrl + "/api/hooks/" + token(automationId),
        signingSecret(automationId),
        SIGNATURE_HEADER);
  }

  String token(String automationId) {
    return automationId + "." + secret.sign("automation-webhook", automationId);
  }

  Optional<String> automationIdOf(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String id = token.substring(0, dot);
    return secret.verify("automation-webhook", id, token.substring(dot + 1))
        ? Optional.of(id)
        : Optional.empty();
  }

  String signingSecret(String automationId) {
    return "whsec_" + secret.sign("automation-webhook-signing", automationId);
  }

  /** Why a delivery's signature was refused; the message names no secret. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * Checks {@code X-Mewayz-Signature: t=<unix seconds>,v1=<hex>}, the v1 being the HMAC-SHA256 of
   * {@code t + "." + body} with the webhook's signing secret (Stripe's scheme). The timestamp is
   * signed and must be within {@link #TOLERANCE} of now, so a captured delivery cannot be replayed
   * later; within that window a replay is one run, as the signature is its delivery key.
   *
   * @return the matching v1 signature, unique to this body and timestamp
   */
  String verify(String automationId, byte[] body, String header, Instant now) throws Refused {
    if (header == null || header.isBlank()) {
      throw new Refused(SIGNATURE_HEADER + " header is missing");
    }
    Long timestamp = null;
    String given = null;
    for (String part : header.split(",")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].equals("t")) {
        try {
          timestamp = Long.parseLong(pair[1]);
        } catch (NumberFormatException e) {
          throw new Refused(SIGNATURE_HEADER + " has a malformed timestamp");
        }
      } else if (pair.length == 2 && pair[0].equals("v1")) {
        given = pair[1].toLowerCase(Locale.ROOT);
      }
    }
    if (timestamp == null || given == null) {
      throw new Refused(SIGNATURE_HEADER + " needs t=<unix seconds>,v1=<hex signature>");
    }
    if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TOLERANCE) > 0) {
      throw new Refused(
          SIGNATURE_HEADER + " timestamp is outside the " + TOLERANCE.toSeconds() + " s tolerance");
    }
    String expected = sign(signingSecret(automationId), timestamp, body);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
      throw new Refused(SIGNATURE_HEADER + " does not match the webhook's signing secret");
    }
    return expected;
  }

  /** The v1 signature of {@code body} sent at {@code timestamp}. */
  static String sign(String signingSecret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
