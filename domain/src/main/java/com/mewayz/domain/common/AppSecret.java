package com.mewayz.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's one master secret. Every key Mewayz needs (token signing, link signatures) is
 * derived from it with HMAC-SHA256 under a purpose label, so rotating it rotates them all and no
 * key is ever stored twice.
 */
public final class AppSecret {
  private final byte[] master;
  // Deriving is an HMAC of its own: a campaign signs several links per mail under one purpose.
  private final Map<String, byte[]> derived = new ConcurrentHashMap<>();

  public AppSecret(byte[] master) {
    if (master.length < 32) {
      throw new IllegalArgumentException("The master secret needs at least 32 bytes");
    }
    this.master = master.clone();
  }

  /** A 32-byte key for {@code purpose}, the same on every node sharing the master secret. */
  public byte[] derive(String purpose) {
    return key(purpose).clone();
  }

  /** A URL-safe signature of {@code value} under {@code purpose}. */
  public String sign(String purpose, String value) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key(purpose), value));
  }

  public boolean verify(String purpose, String value, String signature) {
    byte[] expected = sign(purpose, value).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] key(String purpose) {
    return derived.computeIfAbsent(purpose, p -> hmac(master, "mewayz-key:" + p));
  }

  private static byte[] hmac(byte[] key, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
