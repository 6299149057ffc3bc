package com.mewayz.domain.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock and the master secret every part of the platform shares. */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * {@code MEWAYZ_SECRET} (base64, 32+ bytes) when set. Otherwise embedded mode generates one at
   * first start and keeps it in the data directory, so tokens survive restarts; with a real
   * Temporal server there may be several nodes, and they must share a configured secret.
   */
  @Bean
  AppSecret appSecret(
      @Value("${mewayz.secret:}") String configured,
      @Value("${mewayz.data-dir:}") String dataDir,
      @Value("${mewayz.temporal.address:}") String temporalAddress) {
    if (!configured.isBlank()) {
      return new AppSecret(Base64.getDecoder().decode(configured.trim()));
    }
    if (!temporalAddress.isBlank()) {
      throw new IllegalStateException(
          "MEWAYZ_SECRET is not set. With a real Temporal server every api and worker node must"
              + " share one secret: generate one with `openssl rand -base64 32` and set it on all.");
    }
    if (dataDir.isBlank()) {
      return new AppSecret(randomKey());
    }
    return new AppSecret(loadOrCreate(Path.of(dataDir).resolve("secret.key")));
  }

  /**
   * {@code MEWAYZ_ENCRYPTION_KEY} (base64, exactly 32 bytes) when set. In embedded mode it is
   * derived from the master secret so a developer needs no setup; with a real Temporal server it is
   * required, so that rotating the master secret (token keys) never makes stored secrets
   * unreadable.
   */
  @Bean
  SecretBox secretBox(
      @Value("${mewayz.encryption-key:}") String configured,
      @Value("${mewayz.temporal.address:}") String temporalAddress,
      AppSecret secret) {
    if (!configured.isBlank()) {
      byte[] key;
      try {
        key = Base64.getDecoder().decode(configured.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("MEWAYZ_ENCRYPTION_KEY is not valid base64");
      }
      if (key.length != 32) {
        throw new IllegalStateException(
            "MEWAYZ_ENCRYPTION_KEY must decode to exactly 32 bytes; generate one with"
                + " `openssl rand -base64 32`");
      }
      return new SecretBox(key);
    }
    if (!temporalAddress.isBlank()) {
      throw new IllegalStateException(
          "MEWAYZ_ENCRYPTION_KEY is not set. With a real Temporal server every api and worker node"
              + " must share one key for the secrets stored at rest: generate one with `openssl"
              + " rand -base64 32` and set it on all.");
    }
    return new SecretBox(secret.derive("secret-box"));
  }

  private static byte[] loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).trim());
      }
      Files.createDirectories(file.getParent());
      byte[] key = randomKey();
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the file stays readable by its owner's account only by default.
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
    }
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
