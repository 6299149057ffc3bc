package com.mewayz.api.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the auth endpoints. */
final class AuthRequests {
  private AuthRequests() {}

  record Register(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(min = 10, max = 128, message = "must be 10 to 128 characters")
          String password,
      @NotBlank @Size(max = 100) String name) {}

  record Login(@NotBlank @Email String email, @NotBlank String password) {}

  record Refresh(@NotBlank String refreshToken) {}

  record ResetRequest(@NotBlank @Email String email) {}

  record ResetConfirm(
      @NotBlank String token,
      @NotBlank @Size(min = 10, max = 128, message = "must be 10 to 128 characters")
          String newPassword) {}
}
