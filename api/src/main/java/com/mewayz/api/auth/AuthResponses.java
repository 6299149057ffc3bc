package com.mewayz.api.auth;

import com.mewayz.domain.users.User;
import java.time.Instant;

/** Response bodies of the auth endpoints. */
final class AuthResponses {
  private AuthResponses() {}

  record UserView(String id, String email, String name, Instant createdAt) {
    static UserView of(User user) {
      return new UserView(user.id(), user.email(), user.name(), user.createdAt());
    }
  }

  record Session(UserView user, String accessToken, String refreshToken, long expiresIn) {}
}
