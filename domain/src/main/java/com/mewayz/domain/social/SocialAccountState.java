package com.mewayz.domain.social;

/** What the UI shows of an account's connection. */
public enum SocialAccountState {
  /** A token is stored and the platform has not refused it. */
  CONNECTED,
  /** No token: nothing can be published. */
  NOT_CONNECTED,
  /** The platform refused the token (401): paste a new one. */
  NEEDS_RECONNECT
}
