package com.mewayz.api.ai;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenAI-compatible server for tests: answers each chat completion with the next scripted
 * assistant message (or the last one again) and keeps the request bodies.
 */
final class FakeOpenAiServer implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ConcurrentLinkedDeque<String> answers = new ConcurrentLinkedDeque<>();
  private volatile String last = "{\"body\": \"-\"}";
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  FakeOpenAiServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          requests.add(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          String answer = answers.isEmpty() ? last : answers.poll();
          last = answer;
          byte[] body =
              JSON.writeValueAsString(
                      Map.of(
                          "id",
                          "chatcmpl-test",
                          "object",
                          "chat.completion",
                          "created",
                          1,
                          "model",
                          "llama3.1",
                          "choices",
                          List.of(
                              Map.of(
                                  "index",
                                  0,
                                  "message",
                                  Map.of("role", "assistant", "content", answer),
                                  "finish_reason",
                                  "stop")),
                          "usage",
                          Map.of(
                              "prompt_tokens", 100, "completion_tokens", 25, "total_tokens", 125)))
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  FakeOpenAiServer answer(String... contents) {
    answers.addAll(List.of(contents));
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
