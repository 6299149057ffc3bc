package com.mewayz.worker.runtime;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts every payload Mewayz hands to Temporal (workflow inputs and results, activity arguments,
 * signals, updates, queries, failure details) with AES-256-GCM before it leaves the process, so the
 * Temporal server and its database only ever hold ciphertext of the names, addresses and amounts in
 * them. Each payload is the serialized original under a fresh 96-bit nonce, tagged {@code
 * binary/encrypted} with the id of its key. Payloads without that tag (histories written before
 * encryption) are read as they are. Operators read payloads in Temporal UI through the codec
 * endpoint of the API, which holds the same key.
 */
public final class PayloadEncryption implements PayloadCodec {
  static final String ENCODING = "binary/encrypted";
  static final String KEY_ID = "encryption-key-id";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] ASSOCIATED = "mewayz-payload:v1".getBytes(StandardCharsets.UTF_8);

  private final SecretKeySpec key;
  private final ByteString keyId;
  private final SecureRandom random = new SecureRandom();

  public PayloadEncryption(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("The payload key must be exactly 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
    this.keyId = ByteString.copyFromUtf8(keyIdOf(key));
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    return payloads.stream().map(this::encrypt).toList();
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads.stream().map(this::decrypt).toList();
  }

  private Payload encrypt(Payload payload) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, payload.toByteArray());
    byte[] data = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, data, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, data, NONCE_BYTES, sealed.length);
    return Payload.newBuilder()
        .putMetadata("encoding", ByteString.copyFromUtf8(ENCODING))
        .putMetadata(KEY_ID, keyId)
        .setData(ByteString.copyFrom(data))
        .build();
  }

  private Payload decrypt(Payload payload) {
    ByteString encoding = payload.getMetadataOrDefault("encoding", ByteString.EMPTY);
    if (!encoding.toStringUtf8().equals(ENCODING)) {
      return payload;
    }
    if (!keyId.equals(payload.getMetadataOrDefault(KEY_ID, ByteString.EMPTY))) {
      throw new PayloadCodecException(
          "This payload was encrypted under another key (id "
              + payload.getMetadataOrDefault(KEY_ID, ByteString.EMPTY).toStringUtf8()
              + "); this node has key "
              + keyId.toStringUtf8()
              + ": every api and worker node needs the same MEWAYZ_ENCRYPTION_KEY");
    }
    byte[] data = payload.getData().toByteArray();
    if (data.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new PayloadCodecException("A malformed encrypted payload");
    }
    byte[] plain =
        cipher(
            Cipher.DECRYPT_MODE,
            Arrays.copyOfRange(data, 0, NONCE_BYTES),
            Arrays.copyOfRange(data, NONCE_BYTES, data.length));
    try {
      return Payload.parseFrom(plain);
    } catch (InvalidProtocolBufferException e) {
      throw new PayloadCodecException("A decrypted payload does not parse", e);
    }
  }

  private byte[] cipher(int mode, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(ASSOCIATED);
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new PayloadCodecException("An encrypted payload was altered and does not open");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** A short public name of the key: the start of its SHA-256, safe to show, useless to guess. */
  private static String keyIdOf(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return "k" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
