package com.mewayz.workflows.social;

/**
 * Types of the failures a publish raises. Only {@link #PLATFORM_UNAVAILABLE} (429, 5xx, network) is
 * retried; the others would get the same answer again.
 */
public enum PublishFailureTypes {
  /** The account has no token (never connected, or disconnected). */
  NOT_CONNECTED,
  /** The platform refused the token (401): the account must be reconnected. */
  NEEDS_RECONNECT,
  /** The platform refused the post itself (403 duplicate content, 400, 422...). */
  REJECTED,
  /** The account or post no longer exists. */
  NOT_FOUND,
  /** Rate limited, a server error or unreachable: retried, honouring the platform's reset time. */
  PLATFORM_UNAVAILABLE;

  public String type() {
    return name();
  }
}
