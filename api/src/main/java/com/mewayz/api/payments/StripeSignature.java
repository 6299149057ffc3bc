package com.mewayz.api.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature: {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]},
 * each v1 the HMAC-SHA256 of {@code t + "." + body} under the endpoint's signing secret. Several v1
 * values appear while a secret is being rolled; one match is enough. A timestamp more than {@link
 * #TOLERANCE} away from now is refused, so a captured delivery cannot be replayed later.
 */
final class StripeSignature {
  static final Duration TOLERANCE = Duration.ofSeconds(300);

  private StripeSignature() {}

  /** Why a signature was refused; the message names no secret. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  static void verify(String header, byte[] body, String secret, Instant now) throws Refused {
    if (header == null || header.isBlank()) {
      throw new Refused("Stripe-Signature header is missing");
    }
    Long timestamp = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length != 2) {
        continue;
      }
      if (pair[0].equals("t")) {
        try {
          timestamp = Long.parseLong(pair[1]);
        } catch (NumberFormatException e) {
          throw new Refused("Stripe-Signature has a malformed timestamp");
        }
      } else if (pair[0].equals("v1")) {
        signatures.add(pair[1]);
      }
    }
    if (timestamp == null || signatures.isEmpty()) {
      throw new Refused("Stripe-Signature needs a t= timestamp and at least one v1= signature");
    }
    Duration age = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
    if (age.compareTo(TOLERANCE) > 0) {
      throw new Refused("Stripe-Signature timestamp is outside the 300 s tolerance");
    }
    byte[] expected =
        HexFormat.of().formatHex(hmac(secret, timestamp, body)).getBytes(StandardCharsets.US_ASCII);
    boolean matches = false;
    for (String signature : signatures) {
      // Constant time, and every candidate is compared so timing does not tell which one matched.
      matches |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
    if (!matches) {
      throw new Refused("Stripe-Signature does not match the workspace's webhook signing secret");
    }
  }

  /** The v1 signature of {@code body} at {@code timestamp}, as Stripe computes it. */
  static String sign(String secret, long timestamp, byte[] body) {
    return HexFormat.of().formatHex(hmac(secret, timestamp, body));
  }

  private static byte[] hmac(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
