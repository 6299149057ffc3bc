package com.mewayz.api.security;

import com.mewayz.api.web.Problems;
import com.mewayz.domain.common.AppSecret;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.IOException;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless security: the app issues its own short-lived HS256 access tokens (key derived from the
 * master secret) and validates them as an OAuth2 resource server. Everything under /api needs a
 * token except the public auth and invitation endpoints, and the course links mailed to students.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
  static final String ISSUER = "mewayz";

  @Bean
  SecurityFilterChain api(HttpSecurity http, JsonMapper json, SessionGuard sessions)
      throws Exception {
    http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: CSRF does not apply
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/api/auth/register",
                        "/api/auth/login",
                        "/api/auth/refresh",
                        "/api/auth/logout",
                        "/api/auth/reset-password",
                        "/api/auth/reset-password/confirm",
                        "/api/multi-workspace/invitations/*/decline",
                        "/api/hooks/*",
                        "/api/webhooks/stripe/*",
                        "/api/email-marketing/unsubscribe/*",
                        "/api/email-marketing/t/**",
                        "/api/courses/learn/**",
                        "/api/booking/public/**",
                        "/api/temporal-codec/*",
                        "/api/dev/mails")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/multi-workspace/invitations/*")
                    .permitAll()
                    .requestMatchers("/api/**")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .oauth2ResourceServer(
            rs ->
                rs.jwt(jwt -> jwt.jwtAuthenticationConverter(sessions::authenticate))
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            write(
                                response,
                                json,
                                HttpStatus.UNAUTHORIZED,
                                "Unauthorized",
                                "Log in again: the access token is missing, invalid or expired"))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            write(
                                response,
                                json,
                                HttpStatus.FORBIDDEN,
                                "Forbidden",
                                "You are not allowed to do this")))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                    (request, response, e) ->
                        write(
                            response,
                            json,
                            HttpStatus.UNAUTHORIZED,
                            "Unauthorized",
                            "Log in first: this endpoint needs a bearer access token")));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder(@Value("${mewayz.auth.bcrypt-strength:12}") int strength) {
    return new BCryptPasswordEncoder(strength);
  }

  @Bean
  JwtEncoder jwtEncoder(AppSecret secret) {
    return new NimbusJwtEncoder(new ImmutableSecret<>(signingKey(secret)));
  }

  @Bean
  JwtDecoder jwtDecoder(AppSecret secret) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withSecretKey(signingKey(secret)).macAlgorithm(MacAlgorithm.HS256).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
    return decoder;
  }

  private static SecretKey signingKey(AppSecret secret) {
    return new SecretKeySpec(secret.derive("access-token"), "HmacSHA256");
  }

  private static void write(
      jakarta.servlet.http.HttpServletResponse response,
      JsonMapper json,
      HttpStatus status,
      String error,
      String message)
      throws IOException {
    ProblemDetail problem = Problems.of(status, error, message, Map.of());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
