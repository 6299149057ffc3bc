package com.mewayz.domain.common;

import java.util.Optional;

/**
 * Tokens of the form {@code id.signature} for links sent by mail: the signature is derived from the
 * master secret under a purpose, so a token is never stored and one purpose's token opens nothing
 * else.
 */
public final class SignedIds {
  private final AppSecret secret;
  private final String purpose;

  public SignedIds(AppSecret secret, String purpose) {
    this.secret = secret;
    this.purpose = purpose;
  }

  public String tokenFor(String id) {
    return id + "." + secret.sign(purpose, id);
  }

  /** The id a token stands for, when its signature is genuine. */
  public Optional<String> idOf(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1) {
      return Optional.empty();
    }
    String id = token.substring(0, dot);
    return secret.verify(purpose, id, token.substring(dot + 1))
        ? Optional.of(id)
        : Optional.empty();
  }
}
