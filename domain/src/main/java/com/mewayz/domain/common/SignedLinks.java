package com.mewayz.domain.common;

import java.util.Optional;

/**
 * Links sent by mail that carry {@code id.signature}: the signature is derived from the master
 * secret under a purpose, so a token is never stored, never passes through a workflow history, and
 * one purpose's token opens nothing else.
 */
public class SignedLinks {
  private final AppSecret secret;
  private final String purpose;
  private final String base;

  /** Links are {@code publicUrl + path + token}. */
  protected SignedLinks(AppSecret secret, String purpose, String publicUrl, String path) {
    this.secret = secret;
    this.purpose = purpose;
    this.base = publicUrl.replaceAll("/+$", "") + path;
  }

  public String tokenFor(String id) {
    return id + "." + secret.sign(purpose, id);
  }

  public String linkFor(String id) {
    return base + tokenFor(id);
  }

  /** The id a token stands for, when its signature is genuine. */
  protected Optional<String> idOf(String token) {
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
