package com.mewayz.api.auth;

import java.util.Locale;

/** Emails compare case-insensitively: stored and looked up lower-cased. */
public final class AuthEmails {
  private AuthEmails() {}

  public static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
