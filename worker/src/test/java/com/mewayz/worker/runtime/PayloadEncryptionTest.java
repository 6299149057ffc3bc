package com.mewayz.worker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadEncryptionTest {
  private static final byte[] KEY = filled(7);
  private final PayloadEncryption codec = new PayloadEncryption(KEY);
  private final Payload contact =
      Payload.newBuilder()
          .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
          .setData(ByteString.copyFromUtf8("{\"email\":\"ann@example.org\"}"))
          .build();

  @Test
  void encryptsEachPayloadAndReadsItBack() {
    List<Payload> encoded = codec.encode(List.of(contact, contact));

    assertThat(encoded)
        .allSatisfy(
            p -> {
              assertThat(p.getMetadataOrThrow("encoding").toStringUtf8())
                  .isEqualTo("binary/encrypted");
              assertThat(p.toByteString().toString(StandardCharsets.ISO_8859_1))
                  .doesNotContain("ann@example.org")
                  .doesNotContain("json/plain");
            });
    // A fresh nonce each time: the same value never encrypts the same way twice.
    assertThat(encoded.get(0).getData()).isNotEqualTo(encoded.get(1).getData());
    assertThat(codec.decode(encoded)).containsExactly(contact, contact);
  }

  @Test
  void payloadsWrittenBeforeEncryptionAreReadAsTheyAre() {
    assertThat(codec.decode(List.of(contact))).containsExactly(contact);
  }

  @Test
  void anotherKeyOrAnAlteredPayloadIsRefusedWithoutGuessing() {
    Payload encoded = codec.encode(List.of(contact)).get(0);

    assertThatThrownBy(() -> new PayloadEncryption(filled(8)).decode(List.of(encoded)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("another key")
        .hasMessageContaining("MEWAYZ_ENCRYPTION_KEY");
    byte[] data = encoded.getData().toByteArray();
    data[data.length - 1] ^= 1;
    Payload altered = encoded.toBuilder().setData(ByteString.copyFrom(data)).build();
    assertThatThrownBy(() -> codec.decode(List.of(altered)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("altered");
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
