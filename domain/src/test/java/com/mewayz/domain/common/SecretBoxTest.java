package com.mewayz.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mewayz.domain.common.SecretBox.SecretBoxException;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  private static final String SECRET = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

  private final SecretBox box = new SecretBox(randomKey());

  @Test
  void opensWhatItSealedAndNeverStoresTheValueInClear() {
    String sealed = box.seal("ws-1", "stripe.secret-key", SECRET);

    assertThat(sealed).startsWith("v1:").doesNotContain(SECRET).doesNotContain("4eC39");
    assertThat(box.open("ws-1", "stripe.secret-key", sealed)).isEqualTo(SECRET);
  }

  @Test
  void sealsTheSameValueDifferentlyEachTime() {
    assertThat(box.seal("ws-1", "p", SECRET)).isNotEqualTo(box.seal("ws-1", "p", SECRET));
  }

  @Test
  void refusesATamperedValue() {
    String sealed = box.seal("ws-1", "p", SECRET);
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
    bytes[bytes.length - 1] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> box.open("ws-1", "p", tampered))
        .isInstanceOf(SecretBoxException.class)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void refusesAValueCopiedToAnotherWorkspaceOrPurpose() {
    String sealed = box.seal("ws-1", "stripe.secret-key", SECRET);

    assertThatThrownBy(() -> box.open("ws-2", "stripe.secret-key", sealed))
        .isInstanceOf(SecretBoxException.class);
    assertThatThrownBy(() -> box.open("ws-1", "stripe.webhook-secret", sealed))
        .isInstanceOf(SecretBoxException.class);
  }

  @Test
  void refusesAValueSealedUnderAnotherKey() {
    String sealed = new SecretBox(randomKey()).seal("ws-1", "p", SECRET);

    assertThatThrownBy(() -> box.open("ws-1", "p", sealed))
        .isInstanceOf(SecretBoxException.class)
        .hasMessageContaining("another encryption key");
  }

  @Test
  void refusesUnknownVersionsAndGarbage() {
    assertThatThrownBy(() -> box.open("ws-1", "p", "v2:AAAA"))
        .isInstanceOf(SecretBoxException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> box.open("ws-1", "p", "v1:not base64!"))
        .isInstanceOf(SecretBoxException.class);
    assertThatThrownBy(() -> box.open("ws-1", "p", "v1:AAAA"))
        .isInstanceOf(SecretBoxException.class);
  }

  @Test
  void needsAThirtyTwoByteKey() {
    assertThatThrownBy(() -> new SecretBox(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Test
  void realModeRefusesToStartWithoutAnEncryptionKey() {
    PlatformConfiguration config = new PlatformConfiguration();
    AppSecret master = new AppSecret(randomKey());

    assertThatThrownBy(() -> config.secretBox("", "temporal.internal:7233", master))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MEWAYZ_ENCRYPTION_KEY is not set");
    assertThatThrownBy(() -> config.secretBox("c2hvcnQ=", "", master))
        .hasMessageContaining("exactly 32 bytes");
  }

  @Test
  void embeddedModeDerivesTheKeyFromTheMasterSecret() {
    PlatformConfiguration config = new PlatformConfiguration();
    AppSecret master = new AppSecret(randomKey());
    String sealed = config.secretBox("", "", master).seal("ws-1", "p", SECRET);

    assertThat(config.secretBox("", "", master).open("ws-1", "p", sealed)).isEqualTo(SECRET);
    String configured = Base64.getEncoder().encodeToString(randomKey());
    assertThat(config.secretBox(configured, "temporal.internal:7233", master).seal("w", "p", "v"))
        .startsWith("v1:");
  }
}
