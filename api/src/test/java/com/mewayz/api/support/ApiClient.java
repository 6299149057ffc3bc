package com.mewayz.api.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Small helpers that speak to the API the way a client does. */
public final class ApiClient {
  private final MockMvc mvc;
  private final EmbeddedMailSink mails;

  public ApiClient(MockMvc mvc, EmbeddedMailSink mails) {
    this.mvc = mvc;
    this.mails = mails;
  }

  public record Account(String id, String email, String accessToken, String refreshToken) {}

  public static String uniqueEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  /** Each account comes from its own client address, so the per-address limit stays out of it. */
  public static String randomAddress() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  public Account register(String who) throws Exception {
    String email = uniqueEmail(who);
    String body =
        perform(
                HttpMethod.POST,
                "/api/auth/register",
                null,
                "{\"email\":\"%s\",\"password\":\"correct horse battery\",\"name\":\"%s\"}"
                    .formatted(email, who))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return new Account(
        JsonPath.read(body, "$.data.user.id"),
        email,
        JsonPath.read(body, "$.data.accessToken"),
        JsonPath.read(body, "$.data.refreshToken"));
  }

  public String createWorkspace(Account owner, String name) throws Exception {
    return read(
        perform(
            HttpMethod.POST,
            "/api/multi-workspace/workspaces",
            owner,
            "{\"name\":\"%s\"}".formatted(name)),
        "$.data.id");
  }

  public String invite(Account admin, String workspaceId, String email, String role)
      throws Exception {
    return read(
        perform(
            HttpMethod.POST,
            "/api/multi-workspace/workspaces/" + workspaceId + "/invitations",
            admin,
            "{\"email\":\"%s\",\"role\":\"%s\"}".formatted(email, role)),
        "$.data.id");
  }

  /** Invites {@code member} and accepts as them, returning nothing once they are a member. */
  public void addMember(Account owner, String workspaceId, Account member, String role)
      throws Exception {
    invite(owner, workspaceId, member.email(), role);
    String token = invitationToken(awaitMail(member.email(), "invited you"));
    perform(HttpMethod.POST, "/api/multi-workspace/invitations/" + token + "/accept", member, null)
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
  }

  public ResultActions perform(HttpMethod method, String path, Account as, String json)
      throws Exception {
    return perform(method, path, as, json, java.util.Map.of());
  }

  /** A request in a workspace, named by the X-Workspace-Id header as the UI sends it. */
  public ResultActions inWorkspace(
      String workspaceId, HttpMethod method, String path, Account as, String json)
      throws Exception {
    return perform(method, path, as, json, java.util.Map.of("X-Workspace-Id", workspaceId));
  }

  public ResultActions perform(
      HttpMethod method,
      String path,
      Account as,
      String json,
      java.util.Map<String, String> headers)
      throws Exception {
    MockHttpServletRequestBuilder request =
        request(method, path)
            .with(
                r -> {
                  r.setRemoteAddr(as == null ? randomAddress() : "10.200.0.1");
                  return r;
                });
    if (as != null) {
      request.header(HttpHeaders.AUTHORIZATION, "Bearer " + as.accessToken());
    }
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    headers.forEach(request::header);
    return mvc.perform(request);
  }

  public static String read(ResultActions result, String path) throws Exception {
    MvcResult done = result.andReturn();
    return JsonPath.read(done.getResponse().getContentAsString(), path);
  }

  /** Waits for the worker to deliver a mail to {@code to} whose subject contains the text. */
  public ReceivedMail awaitMail(String to, String subjectContains) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(deadline)) {
      List<ReceivedMail> found = mailsTo(to, subjectContains);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("No mail to " + to + " with '" + subjectContains + "' arrived");
  }

  public List<ReceivedMail> mailsTo(String to, String subjectContains) {
    return mails.mails().stream()
        .filter(m -> m.to().contains(to) && m.subject().contains(subjectContains))
        .toList();
  }

  public static String invitationToken(ReceivedMail mail) {
    var matcher =
        java.util.regex.Pattern.compile("/invitations/([A-Za-z0-9._-]+)").matcher(mail.text());
    if (!matcher.find()) {
      throw new AssertionError("No invitation link in: " + mail.text());
    }
    return matcher.group(1);
  }
}
