package com.mewayz.api.security;

import com.mewayz.domain.auth.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Rejects access tokens of a session that was logged out or revoked for refresh-token reuse.
 * Answers are cached a few seconds so a request costs no database read; this node forgets its cache
 * entry at once on logout, other nodes within {@link #CACHE_FOR}.
 */
@Component
public class SessionGuard {
  static final Duration CACHE_FOR = Duration.ofSeconds(5);

  private final TokenStore tokens;
  private final Clock clock;
  private final Map<String, Instant> activeUntil = new ConcurrentHashMap<>();

  public SessionGuard(TokenStore tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  AbstractAuthenticationToken authenticate(Jwt jwt) {
    String sessionId = jwt.getClaimAsString("sid");
    if (sessionId == null || !isActive(sessionId)) {
      throw new InvalidBearerTokenException("The session of this token has ended");
    }
    return new JwtAuthenticationToken(jwt, List.of(), jwt.getSubject());
  }

  public void forget(String sessionId) {
    activeUntil.remove(sessionId);
  }

  private boolean isActive(String sessionId) {
    Instant now = clock.instant();
    Instant cached = activeUntil.get(sessionId);
    if (cached != null && cached.isAfter(now)) {
      return true;
    }
    boolean active = !tokens.isFamilyRevoked(sessionId);
    if (active) {
      if (activeUntil.size() > 100_000) {
        activeUntil.clear(); // bound the memory; entries are cheap to reload
      }
      activeUntil.put(sessionId, now.plus(CACHE_FOR));
    } else {
      activeUntil.remove(sessionId);
    }
    return active;
  }
}
