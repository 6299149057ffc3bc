package com.mewayz.api.security;

import com.mewayz.domain.users.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues the short-lived access tokens; {@code sid} ties a token to its login session. */
@Component
public class TokenService {
  public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);

  private final JwtEncoder encoder;
  private final Clock clock;

  public TokenService(JwtEncoder encoder, Clock clock) {
    this.encoder = encoder;
    this.clock = clock;
  }

  public String accessToken(User user, String sessionId) {
    Instant now = clock.instant();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(SecurityConfiguration.ISSUER)
            .subject(user.id())
            .issuedAt(now)
            .expiresAt(now.plus(ACCESS_TOKEN_LIFETIME))
            .id(UUID.randomUUID().toString())
            .claim("email", user.email())
            .claim("name", user.name())
            .claim("sid", sessionId)
            .build();
    return encoder
        .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
  }
}
