package com.mewayz.activities.social;

import com.mewayz.activities.social.PublishRefused.Reason;
import com.mewayz.domain.social.SocialAccount;
import com.mewayz.workflows.social.Published;
import com.mewayz.workflows.social.SocialPlatform;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * X API v2 "Create Post": {@code POST /2/tweets} with {@code {"text": ...}} and the account's OAuth
 * 2.0 user token as a Bearer token (scopes {@code tweet.write users.read tweet.read}). A 201
 * answers {@code {"data": {"id", "text"}}}. Rate limits answer 429 with {@code x-rate-limit-reset}
 * (epoch seconds); a repeated text answers 403 "duplicate content".
 */
@Component
class XPublisher implements SocialPublisher {
  private final SocialHttp http;
  private final JsonMapper json;
  private final String baseUrl;

  XPublisher(
      SocialHttp http,
      JsonMapper json,
      @Value("${mewayz.social.x.api-base:https://api.x.com}") String baseUrl) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @Override
  public SocialPlatform platform() {
    return SocialPlatform.X;
  }

  @Override
  public Published publish(SocialAccount account, String token, String text) {
    String body = json.writeValueAsString(Map.of("text", text));
    HttpResponse<String> response =
        http.send(SocialHttp.post(baseUrl + "/2/tweets", token, body).build(), "X");
    int status = response.statusCode();
    if (status == 200 || status == 201) {
      String id = read(response.body()).path("data").path("id").asString(null);
      if (id == null) {
        throw new PublishRefused(
            Reason.UNAVAILABLE, status, "X answered without a post id", null, null);
      }
      return new Published(id, url(account, id));
    }
    String problem = problem(response.body());
    if (status == 429) {
      throw new PublishRefused(
          Reason.RATE_LIMITED,
          status,
          "X rate limit reached: " + problem,
          http.retryAfter(response, "x-rate-limit-reset"),
          null);
    }
    if (status == 401) {
      throw new PublishRefused(
          Reason.UNAUTHORIZED, status, "X refused the account's token: " + problem, null, null);
    }
    if (status == 403 && problem.toLowerCase().contains("duplicate")) {
      throw new PublishRefused(Reason.DUPLICATE, status, "X refused: " + problem, null, null);
    }
    if (status >= 500) {
      throw new PublishRefused(
          Reason.UNAVAILABLE,
          status,
          "X answered " + status + ": " + problem,
          http.retryAfter(response, null),
          null);
    }
    throw new PublishRefused(
        Reason.REJECTED, status, "X refused the post (" + status + "): " + problem, null, null);
  }

  /** {@code https://x.com/{username}/status/{id}}; X redirects {@code /i/status/{id}} to it. */
  static String url(SocialAccount account, String id) {
    String handle = account.handle();
    return "https://x.com/"
        + (handle == null || handle.isBlank() ? "i" : handle.replaceFirst("^@", ""))
        + "/status/"
        + id;
  }

  /** X's problem details ({@code detail}, else {@code title}), or the status line's worth. */
  private String problem(String body) {
    JsonNode node = read(body);
    String detail = node.path("detail").asString(null);
    if (detail == null && node.path("errors").isArray() && !node.path("errors").isEmpty()) {
      detail = node.path("errors").get(0).path("message").asString(null);
    }
    if (detail == null) {
      detail = node.path("title").asString(null);
    }
    return detail == null ? "no details" : detail;
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (RuntimeException notJson) {
      return json.createObjectNode();
    }
  }
}
