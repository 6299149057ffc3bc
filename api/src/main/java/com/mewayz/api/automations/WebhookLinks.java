package com.mewayz.api.automations;

import com.mewayz.api.automations.AutomationViews.WebhookView;
import com.mewayz.domain.common.AppSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
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

  /** True when {@code signature} is the hex HMAC-SHA256 of the body with the signing secret. */
  boolean verifies(String automationId, byte[] body, String signature) {
    if (signature == null) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              signingSecret(automationId).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected = HexFormat.of().formatHex(mac.doFinal(body));
      String given = signature.trim().replaceFirst("^sha256=", "").toLowerCase();
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
