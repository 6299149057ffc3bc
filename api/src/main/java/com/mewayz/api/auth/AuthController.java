package com.mewayz.api.auth;

import com.mewayz.api.auth.AuthResponses.Session;
import com.mewayz.api.auth.AuthResponses.UserView;
import com.mewayz.api.security.CurrentUser;
import com.mewayz.api.web.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {
  private final AuthService auth;
  private final RateLimiter limiter;

  AuthController(AuthService auth, RateLimiter limiter) {
    this.auth = auth;
    this.limiter = limiter;
  }

  @PostMapping("/register")
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<Session> register(
      @Valid @RequestBody AuthRequests.Register body, HttpServletRequest request) {
    limiter.acquire("address:" + request.getRemoteAddr());
    return ApiResponse.ok(auth.register(body), "Welcome to Mewayz");
  }

  @PostMapping("/login")
  ApiResponse<Session> login(
      @Valid @RequestBody AuthRequests.Login body, HttpServletRequest request) {
    limit(request, body.email());
    return ApiResponse.ok(auth.login(body), "Logged in");
  }

  @PostMapping("/refresh")
  ApiResponse<Session> refresh(
      @Valid @RequestBody AuthRequests.Refresh body, HttpServletRequest request) {
    limiter.acquire("address:" + request.getRemoteAddr());
    return ApiResponse.ok(auth.refresh(body.refreshToken()), "Session refreshed");
  }

  @PostMapping("/logout")
  ApiResponse<Void> logout(@Valid @RequestBody AuthRequests.Refresh body) {
    auth.logout(body.refreshToken());
    return ApiResponse.ok(null, "Logged out");
  }

  @GetMapping("/verify")
  ApiResponse<Map<String, UserView>> verify() {
    return ApiResponse.ok(
        Map.of("user", auth.me(CurrentUser.get().id())), "The access token is valid");
  }

  @PostMapping("/reset-password")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ApiResponse<Void> requestReset(
      @Valid @RequestBody AuthRequests.ResetRequest body, HttpServletRequest request) {
    limit(request, body.email());
    auth.requestReset(body.email());
    return ApiResponse.ok(null, "If an account exists for this email, a reset link was sent");
  }

  @PostMapping("/reset-password/confirm")
  ApiResponse<Void> confirmReset(
      @Valid @RequestBody AuthRequests.ResetConfirm body, HttpServletRequest request) {
    limiter.acquire("address:" + request.getRemoteAddr());
    auth.confirmReset(body);
    return ApiResponse.ok(null, "Password changed; log in with the new one");
  }

  private void limit(HttpServletRequest request, String email) {
    limiter.acquire("address:" + request.getRemoteAddr(), "account:" + AuthEmails.normalize(email));
  }
}
