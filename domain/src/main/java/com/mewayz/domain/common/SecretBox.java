package com.mewayz.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets kept at rest (a workspace's Stripe keys...) with AES-256-GCM. Each value gets a
 * fresh random 96-bit nonce and is stored as {@code v1:<base64(nonce || ciphertext+tag)>}; the
 * version prefix lets a later key or algorithm coexist with values written today. The associated
 * data binds a value to its workspace and purpose, so a ciphertext copied into another workspace's
 * record, or into another field, fails to open instead of leaking a key across tenants.
 */
public final class SecretBox {
  private static final String VERSION = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("The encryption key must be exactly 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /**
   * A 32-byte key for {@code purpose} derived from this box's key (HMAC-SHA256), for other
   * encryption at rest under the same key, such as workflow payloads: rotating the master secret
   * leaves it unchanged.
   */
  public byte[] subkey(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      return mac.doFinal(("mewayz-subkey:" + purpose).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** {@code plaintext} sealed for {@code workspaceId} and {@code purpose}. */
  public String seal(String workspaceId, String purpose, String plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed =
        cipher(Cipher.ENCRYPT_MODE, nonce, workspaceId, purpose)
            .apply(plaintext.getBytes(StandardCharsets.UTF_8));
    byte[] envelope = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, envelope, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, envelope, NONCE_BYTES, sealed.length);
    return VERSION + Base64.getEncoder().encodeToString(envelope);
  }

  /**
   * The plaintext of {@code envelope}.
   *
   * @throws SecretBoxException when the value was tampered with, sealed for another workspace or
   *     purpose, or under another key; the message never contains the value
   */
  public String open(String workspaceId, String purpose, String envelope) {
    if (envelope == null || !envelope.startsWith(VERSION)) {
      throw new SecretBoxException("Unknown secret envelope version");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(envelope.substring(VERSION.length()));
    } catch (IllegalArgumentException e) {
      throw new SecretBoxException("Malformed secret envelope");
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretBoxException("Malformed secret envelope");
    }
    byte[] nonce = java.util.Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    byte[] plain = cipher(Cipher.DECRYPT_MODE, nonce, workspaceId, purpose).apply(sealed);
    return new String(plain, StandardCharsets.UTF_8);
  }

  private Operation cipher(int mode, byte[] nonce, String workspaceId, String purpose) {
    return input -> {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData(workspaceId, purpose));
        return cipher.doFinal(input);
      } catch (AEADBadTagException e) {
        throw new SecretBoxException(
            "The secret does not open: tampered, sealed for another workspace or purpose, or"
                + " under another encryption key");
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-GCM is unavailable", e);
      }
    };
  }

  // Length-prefixed so ("ab", "c") and ("a", "bc") never give the same associated data.
  private static byte[] associatedData(String workspaceId, String purpose) {
    String aad = "mewayz-secret:v1:" + workspaceId.length() + ":" + workspaceId + ":" + purpose;
    return aad.getBytes(StandardCharsets.UTF_8);
  }

  private interface Operation {
    byte[] apply(byte[] input);
  }

  /** A sealed value that cannot be opened. Carries no part of the value. */
  public static final class SecretBoxException extends RuntimeException {
    SecretBoxException(String message) {
      super(message);
    }
  }
}
