package com.mewayz.api.auth;

import static com.mewayz.domain.common.Hashes.sha256;

import com.mewayz.activities.mail.Mailer;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.api.auth.AuthResponses.Session;
import com.mewayz.api.auth.AuthResponses.UserView;
import com.mewayz.api.security.SessionGuard;
import com.mewayz.api.security.TokenService;
import com.mewayz.api.web.ApiException;
import com.mewayz.domain.auth.PasswordResetToken;
import com.mewayz.domain.auth.RefreshToken;
import com.mewayz.domain.auth.TokenStore;
import com.mewayz.domain.users.User;
import com.mewayz.domain.users.UserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts, login sessions with rotating refresh tokens, and password resets. */
@Service
public class AuthService {
  static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
  static final Duration RESET_TOKEN_LIFETIME = Duration.ofMinutes(30);
  private static final Logger log = LoggerFactory.getLogger(AuthService.class);

  private final UserRepository users;
  private final TokenStore tokens;
  private final TokenService accessTokens;
  private final SessionGuard sessions;
  private final PasswordEncoder passwords;
  private final Mailer mailer;
  private final Clock clock;
  private final String publicUrl;
  private final SecureRandom random = new SecureRandom();
  // Checked when the account does not exist, so timing does not reveal which emails do.
  private final String unknownUserHash;

  AuthService(
      UserRepository users,
      TokenStore tokens,
      TokenService accessTokens,
      SessionGuard sessions,
      PasswordEncoder passwords,
      Mailer mailer,
      Clock clock,
      @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    this.users = users;
    this.tokens = tokens;
    this.accessTokens = accessTokens;
    this.sessions = sessions;
    this.passwords = passwords;
    this.mailer = mailer;
    this.clock = clock;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.unknownUserHash = passwords.encode(newToken());
  }

  Session register(AuthRequests.Register request) {
    String email = AuthEmails.normalize(request.email());
    if (users.findByEmail(email).isPresent()) {
      throw alreadyRegistered();
    }
    User user =
        new User(
            new ObjectId().toHexString(),
            email,
            request.name().trim(),
            passwords.encode(request.password()),
            false,
            clock.instant());
    try {
      users.insert(user);
    } catch (DuplicateKeyException raced) {
      throw alreadyRegistered();
    }
    return openSession(user, UUID.randomUUID().toString());
  }

  Session login(AuthRequests.Login request) {
    Optional<User> user = users.findByEmail(AuthEmails.normalize(request.email()));
    String hash = user.map(User::passwordHash).orElse(unknownUserHash);
    if (!passwords.matches(request.password(), hash) || user.isEmpty()) {
      throw ApiException.unauthorized("Wrong email or password");
    }
    return openSession(user.get(), UUID.randomUUID().toString());
  }

  /**
   * Rotates a refresh token. A token presented twice means two parties hold it: the whole session
   * is revoked, so the thief's copy dies with the victim's.
   */
  Session refresh(String refreshToken) {
    Instant now = clock.instant();
    String hash = sha256(refreshToken);
    Optional<RefreshToken> used = tokens.useRefresh(hash, now);
    if (used.isPresent()) {
      User user =
          users.findById(used.get().userId()).orElseThrow(() -> invalidRefresh("unknown user"));
      return openSession(user, used.get().familyId());
    }
    tokens
        .findRefresh(hash)
        .filter(t -> t.usedAt() != null && t.revokedAt() == null)
        .ifPresent(
            reused -> {
              log.warn("Refresh token reuse detected; revoking session {}", reused.familyId());
              tokens.revokeFamily(reused.familyId(), now);
              sessions.forget(reused.familyId());
            });
    throw invalidRefresh("used, revoked or expired");
  }

  void logout(String refreshToken) {
    tokens
        .findRefresh(sha256(refreshToken))
        .ifPresent(
            token -> {
              tokens.revokeFamily(token.familyId(), clock.instant());
              sessions.forget(token.familyId());
            });
  }

  UserView me(String userId) {
    return users
        .findById(userId)
        .map(UserView::of)
        .orElseThrow(() -> ApiException.unauthorized("The account no longer exists"));
  }

  /** Mails a reset link if the account exists; answers the same either way. */
  void requestReset(String rawEmail) {
    users
        .findByEmail(AuthEmails.normalize(rawEmail))
        .ifPresent(
            user -> {
              String token = newToken();
              Instant now = clock.instant();
              tokens.save(
                  new PasswordResetToken(
                      new ObjectId().toHexString(),
                      sha256(token),
                      user.id(),
                      now,
                      now.plus(RESET_TOKEN_LIFETIME),
                      null));
              String link = publicUrl + "/reset-password?token=" + token;
              mailer.send(
                  "password-reset:" + sha256(token),
                  new OutgoingMail(
                      user.email(),
                      "Reset your Mewayz password",
                      "Reset your password here (valid 30 minutes): "
                          + link
                          + "\n\nIf you did not ask for it, ignore this mail.",
                      "<p><a href=\""
                          + link
                          + "\">Reset your password</a> (valid 30 minutes).</p>"
                          + "<p>If you did not ask for it, ignore this mail.</p>"));
            });
  }

  /** Sets a new password and ends every session of the account. */
  void confirmReset(AuthRequests.ResetConfirm request) {
    Instant now = clock.instant();
    PasswordResetToken token =
        tokens
            .useReset(sha256(request.token()), now)
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "token", "is unknown, already used or expired: ask for a new reset mail"));
    User user = users.findById(token.userId()).orElseThrow(() -> ApiException.notFound("User"));
    users.save(user.withPasswordHash(passwords.encode(request.newPassword())));
    tokens.revokeAllOf(user.id(), now);
  }

  private Session openSession(User user, String sessionId) {
    Instant now = clock.instant();
    String refreshToken = newToken();
    tokens.save(
        new RefreshToken(
            new ObjectId().toHexString(),
            sha256(refreshToken),
            user.id(),
            sessionId,
            now,
            now.plus(REFRESH_TOKEN_LIFETIME),
            null,
            null));
    return new Session(
        UserView.of(user),
        accessTokens.accessToken(user, sessionId),
        refreshToken,
        TokenService.ACCESS_TOKEN_LIFETIME.toSeconds());
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static ApiException alreadyRegistered() {
    return ApiException.conflict("An account with this email exists: log in or reset the password");
  }

  private static ApiException invalidRefresh(String why) {
    return ApiException.unauthorized("The refresh token is " + why + ": log in again");
  }
}
