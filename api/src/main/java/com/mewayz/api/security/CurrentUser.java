package com.mewayz.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The authenticated caller, read from the validated access token. */
public record CurrentUser(String id, String email, String sessionId) {

  public static CurrentUser get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth instanceof JwtAuthenticationToken token) {
      Jwt jwt = token.getToken();
      return new CurrentUser(
          jwt.getSubject(), jwt.getClaimAsString("email"), jwt.getClaimAsString("sid"));
    }
    throw new IllegalStateException("No authenticated user on this request");
  }
}
