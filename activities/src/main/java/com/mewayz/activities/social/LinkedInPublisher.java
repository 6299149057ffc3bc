package com.mewayz.activities.social;

import com.mewayz.activities.social.PublishRefused.Reason;
import com.mewayz.domain.social.SocialAccount;
import com.mewayz.workflows.social.Published;
import com.mewayz.workflows.social.SocialPlatform;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * LinkedIn Posts API: {@code POST /rest/posts} with the {@code LinkedIn-Version} and {@code
 * X-Restli-Protocol-Version: 2.0.0} headers, the account's OAuth token ({@code w_member_social}, or
 * {@code w_organization_social} for a page), and a text post of the account's author URN. A 201 has
 * an empty body; the post's URN is in the {@code x-restli-id} header. A repeated text answers 422
 * "Content is a duplicate of urn:li:share:...", a throttled member 429.
 */
@Component
class LinkedInPublisher implements SocialPublisher {
  private static final Pattern DUPLICATE_OF =
      Pattern.compile("duplicate of (urn:li:[A-Za-z]+:\\d+)");
  // Reserved by LinkedIn's "little" text format; unescaped, LinkedIn cuts the post at the first
  // one.
  // '#' stays as it is so hashtags remain hashtags.
  private static final Pattern RESERVED = Pattern.compile("([\\\\|{}@\\[\\]()<>*_~])");

  private final SocialHttp http;
  private final JsonMapper json;
  private final String baseUrl;
  private final String version;

  LinkedInPublisher(
      SocialHttp http,
      JsonMapper json,
      @Value("${mewayz.social.linkedin.api-base:https://api.linkedin.com}") String baseUrl,
      @Value("${mewayz.social.linkedin.version:202610}") String version) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.version = version;
  }

  @Override
  public SocialPlatform platform() {
    return SocialPlatform.LINKEDIN;
  }

  @Override
  public Published publish(SocialAccount account, String token, String text) {
    HttpResponse<String> response =
        http.send(
            SocialHttp.post(
                    baseUrl + "/rest/posts", token, json.writeValueAsString(body(account, text)))
                .header("LinkedIn-Version", version)
                .header("X-Restli-Protocol-Version", "2.0.0")
                .build(),
            "LinkedIn");
    int status = response.statusCode();
    if (status == 201 || status == 200) {
      String urn = response.headers().firstValue("x-restli-id").orElse(null);
      if (urn == null) {
        throw new PublishRefused(
            Reason.UNAVAILABLE, status, "LinkedIn answered without a post id", null, null);
      }
      return new Published(urn, url(urn));
    }
    String problem = problem(response.body());
    if (status == 429) {
      throw new PublishRefused(
          Reason.RATE_LIMITED,
          status,
          "LinkedIn rate limit reached: " + problem,
          http.retryAfter(response, null),
          null);
    }
    if (status == 401) {
      throw new PublishRefused(
          Reason.UNAUTHORIZED,
          status,
          "LinkedIn refused the account's token: " + problem,
          null,
          null);
    }
    Matcher duplicate = DUPLICATE_OF.matcher(problem);
    String earlier = duplicate.find() ? duplicate.group(1) : null;
    if (status == 422 && (earlier != null || problem.contains("DUPLICATE_POST"))) {
      throw new PublishRefused(
          Reason.DUPLICATE, status, "LinkedIn refused: " + problem, null, earlier);
    }
    if (status >= 500) {
      throw new PublishRefused(
          Reason.UNAVAILABLE,
          status,
          "LinkedIn answered " + status + ": " + problem,
          http.retryAfter(response, null),
          null);
    }
    throw new PublishRefused(
        Reason.REJECTED,
        status,
        "LinkedIn refused the post (" + status + "): " + problem,
        null,
        null);
  }

  private static Map<String, Object> body(SocialAccount account, String text) {
    Map<String, Object> distribution = new LinkedHashMap<>();
    distribution.put("feedDistribution", "MAIN_FEED");
    distribution.put("targetEntities", List.of());
    distribution.put("thirdPartyDistributionChannels", List.of());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("author", account.authorUrn());
    body.put("commentary", escape(text));
    body.put("visibility", "PUBLIC");
    body.put("distribution", distribution);
    body.put("lifecycleState", "PUBLISHED");
    body.put("isReshareDisabledByAuthor", false);
    return body;
  }

  /** The text as plain "little" text: each reserved character behind a backslash. */
  static String escape(String text) {
    return RESERVED.matcher(text).replaceAll("\\\\$1");
  }

  static String url(String urn) {
    return "https://www.linkedin.com/feed/update/" + urn + "/";
  }

  /** LinkedIn's {@code message}, or the status line's worth. */
  private String problem(String body) {
    try {
      JsonNode node = json.readTree(body == null || body.isBlank() ? "{}" : body);
      String message = node.path("message").asString(null);
      if (message == null) {
        return "no details";
      }
      String code =
          node.path("errorDetails").path("inputErrors").path(0).path("code").asString(null);
      return code == null || message.contains(code) ? message : message + " (" + code + ")";
    } catch (RuntimeException notJson) {
      return "no details";
    }
  }
}
