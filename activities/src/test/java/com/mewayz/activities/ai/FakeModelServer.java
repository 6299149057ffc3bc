package com.mewayz.activities.ai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local HTTP server speaking the OpenAI chat completions and Anthropic messages wire formats,
 * answering from a queue of scripted replies and keeping every request it received.
 */
final class FakeModelServer implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  record Received(String path, Map<String, List<String>> headers, JsonNode body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  record Reply(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  final List<Received> received = new ArrayList<>();

  FakeModelServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  FakeModelServer reply(int status, Map<String, String> headers, String body) {
    replies.add(new Reply(status, headers, body));
    return this;
  }

  /** An OpenAI chat completion whose assistant message is {@code content}. */
  FakeModelServer openAi(String content, int tokensIn, int tokensOut) {
    String body =
        JSON.writeValueAsString(
            Map.of(
                "id",
                "chatcmpl-1",
                "object",
                "chat.completion",
                "created",
                1,
                "model",
                "gpt-4o-mini",
                "choices",
                List.of(
                    Map.of(
                        "index",
                        0,
                        "message",
                        Map.of("role", "assistant", "content", content),
                        "finish_reason",
                        "stop")),
                "usage",
                Map.of(
                    "prompt_tokens", tokensIn,
                    "completion_tokens", tokensOut,
                    "total_tokens", tokensIn + tokensOut)));
    return reply(200, Map.of(), body);
  }

  /** An Anthropic message whose text block is {@code content}. */
  FakeModelServer anthropic(String content, int tokensIn, int tokensOut) {
    String body =
        JSON.writeValueAsString(
            Map.of(
                "id", "msg_1",
                "type", "message",
                "role", "assistant",
                "model", "claude-3-5-haiku-latest",
                "content", List.of(Map.of("type", "text", "text", content)),
                "stop_reason", "end_turn",
                "usage", Map.of("input_tokens", tokensIn, "output_tokens", tokensOut)));
    return reply(200, Map.of(), body);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(
        new Received(
            exchange.getRequestURI().getPath(),
            Map.copyOf(exchange.getRequestHeaders()),
            body.isEmpty() ? null : JSON.readTree(body)));
    Reply reply =
        replies.isEmpty()
            ? new Reply(500, Map.of(), "{\"error\": {\"message\": \"no scripted reply\"}}")
            : replies.poll();
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
