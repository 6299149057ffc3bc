package com.mewayz.activities.social;

/**
 * No answer came from the platform (connection refused or reset, timeout): whether it took the post
 * is unknown.
 */
public class PlatformUnreachable extends RuntimeException {
  public PlatformUnreachable(String message, Throwable cause) {
    super(message, cause);
  }
}
