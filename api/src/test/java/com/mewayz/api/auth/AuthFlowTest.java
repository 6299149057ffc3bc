package com.mewayz.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MutableClock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class AuthFlowTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MutableClock clock;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(mvc, mails);
  }

  @Test
  void registersAndVerifiesTheAccessToken() throws Exception {
    Account ann = api.register("ann");

    api.perform(HttpMethod.GET, "/api/auth/verify", ann, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.success").value(true))
        .andExpect(jsonPath("$.data.user.email").value(ann.email()))
        .andExpect(jsonPath("$.data.user.passwordHash").doesNotExist());
  }

  @Test
  void rejectsInvalidRegistrationNamingEachField() throws Exception {
    api.perform(
            HttpMethod.POST,
            "/api/auth/register",
            null,
            "{\"email\":\"not-an-email\",\"password\":\"short\",\"name\":\"\"}")
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
        .andExpect(jsonPath("$.success").value(false))
        .andExpect(jsonPath("$.error").value("ValidationError"))
        .andExpect(jsonPath("$.details.email").exists())
        .andExpect(jsonPath("$.details.password").value("must be 10 to 128 characters"))
        .andExpect(jsonPath("$.details.name").exists())
        .andExpect(jsonPath("$.timestamp").exists());
  }

  @Test
  void refusesASecondAccountWithTheSameEmailInAnyCase() throws Exception {
    Account ann = api.register("ann");
    api.perform(
            HttpMethod.POST,
            "/api/auth/register",
            null,
            "{\"email\":\"%s\",\"password\":\"another password\",\"name\":\"Ann 2\"}"
                .formatted(ann.email().toUpperCase()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("Conflict"));
  }

  @Test
  void logsInWithTheRightPasswordOnly() throws Exception {
    Account ann = api.register("ann");
    api.perform(HttpMethod.POST, "/api/auth/login", null, login(ann.email(), "wrong password!"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message").value("Wrong email or password"));
    api.perform(
            HttpMethod.POST, "/api/auth/login", null, login(ann.email(), "correct horse battery"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.accessToken").isString())
        .andExpect(jsonPath("$.data.expiresIn").value(900));
  }

  @Test
  void refreshRotatesTheToken() throws Exception {
    Account ann = api.register("ann");

    String next = refresh(ann.refreshToken(), 200);

    assertThat(next).isNotEqualTo(ann.refreshToken());
    refresh(next, 200);
  }

  @Test
  void reusingARefreshTokenRevokesTheWholeSession() throws Exception {
    Account ann = api.register("ann");
    String stolenCopy = ann.refreshToken();
    String legitimateNext = refresh(stolenCopy, 200);
    String newAccess =
        ApiClient.read(
            api.perform(
                HttpMethod.POST,
                "/api/auth/login",
                null,
                login(ann.email(), "correct horse battery")),
            "$.data.accessToken");

    refresh(stolenCopy, 401);

    // The family is dead: the rotated token and the session's access token no longer work...
    refresh(legitimateNext, 401);
    api.perform(HttpMethod.GET, "/api/auth/verify", ann, null).andExpect(status().isUnauthorized());
    // ...while another login session of the same person is untouched.
    api.perform(
            HttpMethod.GET,
            "/api/auth/verify",
            new Account(ann.id(), ann.email(), newAccess, null),
            null)
        .andExpect(status().isOk());
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    Account ann = api.register("ann");

    api.perform(
            HttpMethod.POST,
            "/api/auth/logout",
            null,
            "{\"refreshToken\":\"%s\"}".formatted(ann.refreshToken()))
        .andExpect(status().isOk());

    refresh(ann.refreshToken(), 401);
    api.perform(HttpMethod.GET, "/api/auth/verify", ann, null).andExpect(status().isUnauthorized());
  }

  @Test
  void rejectsMissingAndForgedAccessTokens() throws Exception {
    api.perform(HttpMethod.GET, "/api/auth/verify", null, null)
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("Unauthorized"));
    api.perform(
            HttpMethod.GET,
            "/api/auth/verify",
            new Account("x", "x@example.test", "eyJhbGciOiJIUzI1NiJ9.e30.forged", null),
            null)
        .andExpect(status().isUnauthorized());
  }

  @Test
  void resetsThePasswordWithTheMailedSingleUseToken() throws Exception {
    Account ann = api.register("ann");

    api.perform(
            HttpMethod.POST,
            "/api/auth/reset-password",
            null,
            "{\"email\":\"%s\"}".formatted(ann.email()))
        .andExpect(status().isAccepted());
    String token = resetToken(ann.email());
    api.perform(HttpMethod.POST, "/api/auth/reset-password/confirm", null, confirm(token))
        .andExpect(status().isOk());

    api.perform(
            HttpMethod.POST, "/api/auth/login", null, login(ann.email(), "a brand new password"))
        .andExpect(status().isOk());
    api.perform(
            HttpMethod.POST, "/api/auth/login", null, login(ann.email(), "correct horse battery"))
        .andExpect(status().isUnauthorized());
    // Single use, and every earlier session ended with the reset.
    api.perform(HttpMethod.POST, "/api/auth/reset-password/confirm", null, confirm(token))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.token").exists());
    refresh(ann.refreshToken(), 401);
  }

  @Test
  void resetTokenExpiresAfterThirtyMinutes() throws Exception {
    Account ann = api.register("ann");
    api.perform(
        HttpMethod.POST,
        "/api/auth/reset-password",
        null,
        "{\"email\":\"%s\"}".formatted(ann.email()));
    String token = resetToken(ann.email());

    clock.advance(Duration.ofMinutes(31));

    api.perform(HttpMethod.POST, "/api/auth/reset-password/confirm", null, confirm(token))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.token").exists());
  }

  @Test
  void resetRequestForAnUnknownEmailAnswersTheSameAndSendsNothing() throws Exception {
    String nobody = ApiClient.uniqueEmail("nobody");
    api.perform(
            HttpMethod.POST,
            "/api/auth/reset-password",
            null,
            "{\"email\":\"%s\"}".formatted(nobody))
        .andExpect(status().isAccepted());
    assertThat(api.mailsTo(nobody, "")).isEmpty();
  }

  @Test
  void limitsLoginAttemptsPerAccountToTenAMinute() throws Exception {
    Account ann = api.register("ann");
    for (int i = 0; i < 10; i++) {
      api.perform(
              HttpMethod.POST, "/api/auth/login", null, login(ann.email(), "wrong password " + i))
          .andExpect(status().isUnauthorized());
    }

    api.perform(
            HttpMethod.POST, "/api/auth/login", null, login(ann.email(), "correct horse battery"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.error").value("TooManyRequests"));

    clock.advance(Duration.ofSeconds(61));
    api.perform(
            HttpMethod.POST, "/api/auth/login", null, login(ann.email(), "correct horse battery"))
        .andExpect(status().isOk());
  }

  @Test
  void limitsAttemptsPerClientAddressAcrossAccounts() throws Exception {
    for (int i = 0; i < 10; i++) {
      mvc.perform(loginFrom("10.99.0.7", ApiClient.uniqueEmail("guess")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(loginFrom("10.99.0.7", ApiClient.uniqueEmail("guess")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(loginFrom("10.99.0.8", ApiClient.uniqueEmail("guess")))
        .andExpect(status().isUnauthorized());
  }

  private org.springframework.test.web.servlet.RequestBuilder loginFrom(
      String address, String email) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
            "/api/auth/login")
        .with(
            r -> {
              r.setRemoteAddr(address);
              return r;
            })
        .contentType(MediaType.APPLICATION_JSON)
        .content(login(email, "some password"));
  }

  private String refresh(String refreshToken, int expectedStatus) throws Exception {
    var result =
        api.perform(
                HttpMethod.POST,
                "/api/auth/refresh",
                null,
                "{\"refreshToken\":\"%s\"}".formatted(refreshToken))
            .andExpect(status().is(expectedStatus));
    return expectedStatus == 200 ? ApiClient.read(result, "$.data.refreshToken") : null;
  }

  private String resetToken(String email) throws InterruptedException {
    Matcher m =
        Pattern.compile("token=([A-Za-z0-9_-]+)")
            .matcher(api.awaitMail(email, "Reset your Mewayz password").text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String login(String email, String password) {
    return "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password);
  }

  private static String confirm(String token) {
    return "{\"token\":\"%s\",\"newPassword\":\"a brand new password\"}".formatted(token);
  }
}
