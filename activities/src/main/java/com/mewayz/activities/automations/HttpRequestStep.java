package com.mewayz.activities.automations;

import static com.mewayz.activities.automations.AutomationActivitiesImpl.required;

import com.mewayz.workflows.automations.Json;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import com.mewayz.workflows.automations.Times;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code http.request}. 5xx, 429 and network errors are retried by the node's policy; other 4xx
 * answers fail the step at once. The response becomes the output: status, headers, and the body
 * (parsed when JSON, text otherwise, at most 1 MiB).
 */
@Component
class HttpRequestStep implements StepHandler {
  private static final int MAX_BODY = 1 << 20;
  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final OutboundAddressGuard guard;
  private final JsonMapper json;

  HttpRequestStep(OutboundAddressGuard guard, JsonMapper json) {
    this.guard = guard;
    this.json = json;
  }

  @Override
  public String type() {
    return "http.request";
  }

  @Override
  public Object perform(StepRequest request) {
    Map<String, Object> params = request.params();
    URI uri;
    try {
      uri = guard.check(required(params, "url"));
    } catch (IllegalArgumentException refused) {
      throw AutomationActivitiesImpl.invalid(refused.getMessage());
    }
    String method = String.valueOf(params.getOrDefault("method", "GET")).toUpperCase(Locale.ROOT);
    Duration timeout =
        params.get("timeout") == null
            ? Duration.ofSeconds(10)
            : Times.duration(params.get("timeout"), "timeout");
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
    if (params.get("headers") instanceof Map<?, ?> headers) {
      headers.forEach((k, v) -> builder.header(String.valueOf(k), Json.text(v)));
    }
    builder.header("Idempotency-Key", request.executionKey());
    Object body = params.get("body");
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(
                body instanceof String s ? s : Json.write(body), StandardCharsets.UTF_8);
    if (body != null
        && !(body instanceof String)
        && !(params.get("headers") instanceof Map<?, ?> h
            && h.keySet().stream()
                .anyMatch(k -> String.valueOf(k).equalsIgnoreCase("content-type")))) {
      builder.header("Content-Type", "application/json");
    }
    builder.method(method, publisher);
    HttpResponse<byte[]> response;
    try {
      response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw ApplicationFailure.newFailure(
          "Calling " + uri.getHost() + " failed: " + e.getMessage(), "HTTP_NETWORK");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApplicationFailure.newFailure("Interrupted", "HTTP_NETWORK");
    }
    int status = response.statusCode();
    if (status >= 500 || status == 429 || status == 408) {
      throw ApplicationFailure.newFailure(
          "HTTP " + status + " from " + uri.getHost(), "HTTP_" + status);
    }
    if (status >= 400) {
      throw ApplicationFailure.newNonRetryableFailure(
          "HTTP " + status + " from " + uri.getHost() + ": " + preview(response.body()),
          "HTTP_" + status);
    }
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("status", status);
    Map<String, Object> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
    output.put("headers", headers);
    output.put("body", body(response));
    return output;
  }

  private Object body(HttpResponse<byte[]> response) {
    byte[] bytes = response.body();
    if (bytes.length > MAX_BODY) {
      throw AutomationActivitiesImpl.invalid(
          "The response body is larger than 1 MiB; ask the API for less");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean isJson =
        response.headers().firstValue("content-type").map(c -> c.contains("json")).orElse(false);
    if (isJson && !text.isBlank()) {
      try {
        return json.readValue(text, Object.class);
      } catch (RuntimeException notJson) {
        return text;
      }
    }
    return text;
  }

  private static String preview(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
