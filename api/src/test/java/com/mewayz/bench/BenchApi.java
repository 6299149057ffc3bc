package com.mewayz.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API as the load generators' set-up sees it: a fresh owner and workspace, and JSON calls in
 * that workspace. JDK classes only, so the generators run in a plain JVM of their own.
 */
final class BenchApi {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "correct horse battery";

  private final URI base;
  private final String email;
  private final String workspace;
  private volatile String token;

  private BenchApi(URI base, String email, String token, String workspace) {
    this.base = base;
    this.email = email;
    this.token = token;
    this.workspace = workspace;
  }

  /** Registers a new owner with a new workspace. */
  static BenchApi register(String base) throws Exception {
    URI server = URI.create(base);
    String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    String session =
        send(
            server,
            "POST",
            "/api/auth/register",
            null,
            null,
            "{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"Bench\"}".formatted(email, PASSWORD));
    String token = field(session, "accessToken");
    String workspace =
        field(
            send(
                server,
                "POST",
                "/api/multi-workspace/workspaces",
                token,
                null,
                "{\"name\":\"Bench\"}"),
            "id");
    return new BenchApi(server, email, token, workspace);
  }

  /** Logs in again: access tokens expire during a long benchmark. */
  void renew() throws Exception {
    token =
        field(
            send(
                base,
                "POST",
                "/api/auth/login",
                null,
                null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD)),
            "accessToken");
  }

  URI base() {
    return base;
  }

  String workspace() {
    return workspace;
  }

  /** The header lines a load request needs to act in this workspace as its owner. */
  String headers() {
    return "Authorization: Bearer " + token + "\r\nX-Workspace-Id: " + workspace + "\r\n";
  }

  String get(String path) throws Exception {
    return send(base, "GET", path, token, workspace, null);
  }

  String post(String path, String json) throws Exception {
    return send(base, "POST", path, token, workspace, json);
  }

  /** Creates with a POST and returns the new object's {@code id}. */
  String create(String path, String json) throws Exception {
    return field(post(path, json), "id");
  }

  /** Publishes an automation graph and returns the automation's id. */
  String publishAutomation(String nameAndGraph) throws Exception {
    String id = create("/api/automations", nameAndGraph);
    post("/api/automations/" + id + "/versions", "{}");
    return id;
  }

  /** The path of a published automation's webhook. */
  String webhookPath(String automation) throws Exception {
    String url = field(get("/api/automations/" + automation + "/webhook"), "url");
    return url.substring(url.indexOf("/api/hooks/"));
  }

  private static String send(
      URI base, String method, String path, String token, String workspace, String json)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (workspace != null) {
      request.header("X-Workspace-Id", workspace);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** The first string value of {@code name} in a JSON answer. */
  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }

  /** The first number value of {@code name} in a JSON answer, or -1. */
  static long number(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
