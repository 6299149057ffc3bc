package com.mewayz.api.automations;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MalformedBodies;
import com.mewayz.api.support.MalformedBodies.Body;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saving automations with generated bodies: every broken graph (cycles, dangling edges, unknown
 * types, wrong or missing parameters, duplicate ids, deep nesting, huge strings, too many nodes, no
 * trigger, unreachable nodes, JSON of the wrong shape) is refused with a 400 naming the field at
 * fault, and no body whatsoever gets a 5xx, whether it creates an automation or saves a draft.
 */
@ApiTest
class AutomationSavePropertyTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Stands for 10,000 nested arrays, written into the JSON text (no serializer goes so deep). */
  private static final String DEEP_MARKER = "deep-nesting-goes-here";

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;

  Account owner;
  String workspace;
  String existing;

  @BeforeProperty
  void setUp() throws Exception {
    new TestContextManager(getClass()).prepareTestInstance(this);
    ApiClient api = new ApiClient(mvc, mails);
    owner = api.register("graphs");
    workspace = api.createWorkspace(owner, "Graphs Co");
    MockHttpServletResponse created = save(HttpMethod.POST, "/api/automations", body(base()));
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    existing = JsonPath.read(created.getContentAsString(), "$.data.id");
  }

  @Example
  void theBaseGraphIsSaved() throws Exception {
    MockHttpServletResponse saved =
        save(HttpMethod.PUT, "/api/automations/" + existing, body(base()));
    assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
  }

  @Property(tries = 100)
  void everyBrokenGraphIsRefusedNamingTheField(
      @ForAll("breakages") Breakage breakage, @ForAll boolean asDraftUpdate) throws Exception {
    Map<String, Object> body = body(base());
    breakage.apply(body);
    String json =
        JSON.writeValueAsString(body)
            .replace('"' + DEEP_MARKER + '"', "[".repeat(10_000) + "]".repeat(10_000));
    MockHttpServletResponse answer =
        asDraftUpdate
            ? save(HttpMethod.PUT, "/api/automations/" + existing, json)
            : save(HttpMethod.POST, "/api/automations", json);
    Statistics.collect(breakage.name());

    String what = breakage + ": " + abbreviated(answer);
    assertThat(answer.getStatus()).as(what).isEqualTo(400);
    com.mewayz.api.web.ErrorFormat.assertFollowed(what, answer);
    Map<String, Object> details = JsonPath.read(answer.getContentAsString(), "$.details");
    assertThat(details.keySet())
        .as("%s: a detail names one of %s", what, breakage.expected())
        .anyMatch(key -> breakage.expected().stream().anyMatch(e -> pointsAt(key, e)));
  }

  @Property(tries = 150)
  void noBodyGetsA5xx(@ForAll("garbage") Body body, @ForAll boolean asDraftUpdate)
      throws Exception {
    MockHttpServletResponse answer =
        asDraftUpdate
            ? save(HttpMethod.PUT, "/api/automations/" + existing, body)
            : save(HttpMethod.POST, "/api/automations", body);
    Statistics.collect(answer.getStatus() / 100 + "xx");
    String what = body + ": " + abbreviated(answer);
    assertThat(answer.getStatus()).as(what).isLessThan(500);
    if (answer.getStatus() >= 400) {
      com.mewayz.api.web.ErrorFormat.assertFollowed(what, answer);
    }
  }

  @Provide
  Arbitrary<Breakage> breakages() {
    return Arbitraries.of(BREAKAGES);
  }

  /** Garbage of every kind, half of it inside an otherwise fine body's graph. */
  @Provide
  Arbitrary<Body> garbage() {
    Arbitrary<Body> inGraph =
        MalformedBodies.wrongShapes()
            .map(
                b ->
                    new Body(
                        b.contentType(),
                        ("{\"name\": \"Garbage\", \"graph\": "
                                + new String(b.content(), java.nio.charset.StandardCharsets.UTF_8)
                                + "}")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "graph: " + b.description()));
    return Arbitraries.oneOf(MalformedBodies.any(), inGraph);
  }

  static boolean pointsAt(String key, String expected) {
    return key.equals(expected)
        || key.startsWith(expected + ".")
        || key.startsWith(expected + "[")
        || key.startsWith(expected + "->");
  }

  /** A breakage of the base graph and the detail keys one of which must name it. */
  record Breakage(String name, Consumer<Map<String, Object>> change, List<String> expected) {
    void apply(Map<String, Object> body) {
      change.accept(body);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Breakage> BREAKAGES =
      List.of(
          new Breakage(
              "cycle",
              b -> edges(b).add(edge("s2", "s1", "error")),
              List.of("nodes.s1", "nodes.s2")),
          new Breakage(
              "dangling edge",
              b -> edges(b).add(edge("s1", "ghost", "error")),
              List.of("edges.s1.error->ghost")),
          new Breakage(
              "edge without an end",
              b -> edges(b).add(edge("s1", null, "error")),
              List.of("edges[3]")),
          new Breakage(
              "unknown node type",
              b -> node(b, 2).put("type", "made.up"),
              List.of("nodes.s2.type")),
          new Breakage(
              "node without a type", b -> node(b, 2).remove("type"), List.of("nodes.s2.type")),
          new Breakage(
              "wrong-typed parameter",
              b -> params(b, 1).put("subject", List.of(1, 2)),
              List.of("nodes.s1.params.subject")),
          new Breakage(
              "missing required parameter",
              b -> params(b, 1).remove("to"),
              List.of("nodes.s1.params.to")),
          new Breakage(
              "unknown parameter",
              b -> params(b, 1).put("colour", "red"),
              List.of("nodes.s1.params.colour")),
          new Breakage(
              "bad duration",
              b -> params(b, 2).put("duration", "soon"),
              List.of("nodes.s2.params.duration")),
          new Breakage("duplicate id", b -> nodes(b).add(node(b, 1)), List.of("nodes.s1.id")),
          new Breakage(
              "id that is not a name",
              b -> {
                node(b, 3).put("id", "has space");
                edges(b).get(2).put("to", "has space");
              },
              List.of("nodes.has space.id")),
          new Breakage(
              "parameters nested 100 deep",
              b -> params(b, 1).put("html", nested(100)),
              List.of("nodes.s1.params.html")),
          new Breakage(
              "JSON nested 10,000 deep",
              b -> params(b, 1).put("html", DEEP_MARKER),
              List.of("body", "graph")),
          new Breakage(
              "1 MB parameter",
              b -> params(b, 1).put("text", "x".repeat(1_000_000)),
              List.of("nodes.s1.params.text")),
          new Breakage(
              "1 MB node name",
              b -> node(b, 1).put("name", "x".repeat(1_000_000)),
              List.of("nodes.s1.name")),
          new Breakage(
              "1 MB automation name", b -> b.put("name", "x".repeat(1_000_000)), List.of("name")),
          new Breakage(
              "600 nodes",
              b -> {
                for (int i = 0; i < 600; i++) {
                  nodes(b).add(new LinkedHashMap<>(Map.of("id", "extra" + i, "type", "flow.end")));
                }
              },
              List.of("nodes")),
          new Breakage(
              "no trigger",
              b -> {
                nodes(b).remove(0);
                edges(b).remove(0);
              },
              List.of("graph")),
          new Breakage(
              "two triggers",
              b -> nodes(b).add(new LinkedHashMap<>(Map.of("id", "t2", "type", "trigger.manual"))),
              List.of("graph")),
          new Breakage(
              "unreachable node",
              b -> nodes(b).add(new LinkedHashMap<>(Map.of("id", "island", "type", "flow.end"))),
              List.of("nodes.island")),
          new Breakage(
              "null node", b -> nodes(b).add(null), List.of("graph.nodes", "graph", "body")),
          new Breakage(
              "null edge", b -> edges(b).add(null), List.of("graph.edges", "graph", "body")),
          new Breakage(
              "nodes as text", b -> graph(b).put("nodes", "t, s1"), List.of("graph.nodes")),
          new Breakage(
              "edge end as an object",
              b -> edges(b).get(0).put("from", Map.of("id", "t")),
              List.of("graph.edges[0].from")),
          new Breakage(
              "parameters as a list",
              b -> node(b, 1).put("params", List.of("to", "x")),
              List.of("graph.nodes[1].params")),
          new Breakage(
              "retry attempts as text",
              b -> node(b, 1).put("retry", Map.of("maxAttempts", "three")),
              List.of("graph.nodes[1].retry.maxAttempts")),
          new Breakage(
              "retry without attempts",
              b -> node(b, 1).put("retry", Map.of("maxAttempts", 0, "backoff", "soon")),
              List.of("nodes.s1.retry")),
          new Breakage(
              "settings as a list",
              b -> graph(b).put("settings", List.of("errorHandler")),
              List.of("graph.settings")),
          new Breakage(
              "error handler that does not exist",
              b -> graph(b).put("settings", Map.of("errorHandler", "nobody")),
              List.of("settings.errorHandler")),
          new Breakage("graph as a number", b -> b.put("graph", 42), List.of("graph")));

  /** Trigger, an email, a delay and an end: a graph the validator accepts. */
  private static Map<String, Object> base() {
    List<Object> nodes = new ArrayList<>();
    nodes.add(new LinkedHashMap<>(Map.of("id", "t", "type", "trigger.manual")));
    nodes.add(
        new LinkedHashMap<>(
            Map.of(
                "id",
                "s1",
                "type",
                "email.send",
                "params",
                new LinkedHashMap<>(
                    Map.of("to", "ada@example.test", "subject", "Hi", "text", "Hello")))));
    nodes.add(
        new LinkedHashMap<>(
            Map.of(
                "id",
                "s2",
                "type",
                "wait.delay",
                "params",
                new LinkedHashMap<>(Map.of("duration", "PT5M")))));
    nodes.add(new LinkedHashMap<>(Map.of("id", "s3", "type", "flow.end")));
    List<Object> edges = new ArrayList<>();
    edges.add(edge("t", "s1", "out"));
    edges.add(edge("s1", "s2", "out"));
    edges.add(edge("s2", "s3", "out"));
    Map<String, Object> graph = new LinkedHashMap<>();
    graph.put("nodes", nodes);
    graph.put("edges", edges);
    return graph;
  }

  private static Map<String, Object> body(Map<String, Object> graph) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Generated");
    body.put("graph", graph);
    return body;
  }

  private static Map<String, Object> edge(String from, String to, String port) {
    Map<String, Object> edge = new LinkedHashMap<>();
    edge.put("from", from);
    edge.put("to", to);
    edge.put("port", port);
    return edge;
  }

  private static Object nested(int depth) {
    Object value = "bottom";
    for (int i = 0; i < depth; i++) {
      value = i % 2 == 0 ? List.of(value) : Map.of("k", value);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> graph(Map<String, Object> body) {
    return (Map<String, Object>) body.get("graph");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> nodes(Map<String, Object> body) {
    return (List<Object>) graph(body).get("nodes");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> edges(Map<String, Object> body) {
    return (List<Map<String, Object>>) graph(body).get("edges");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> node(Map<String, Object> body, int index) {
    return (Map<String, Object>) nodes(body).get(index);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> params(Map<String, Object> body, int index) {
    return (Map<String, Object>) node(body, index).get("params");
  }

  private MockHttpServletResponse save(HttpMethod method, String path, Map<String, Object> body)
      throws Exception {
    return save(method, path, JSON.writeValueAsString(body));
  }

  private MockHttpServletResponse save(HttpMethod method, String path, String json)
      throws Exception {
    return save(
        method,
        path,
        new Body(
            "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "json"));
  }

  private MockHttpServletResponse save(HttpMethod method, String path, Body body) throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, path)
            .with(
                r -> {
                  r.setRemoteAddr("10.200.0.1");
                  return r;
                })
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + owner.accessToken())
            .header("X-Workspace-Id", workspace)
            .content(body.content());
    if (body.contentType() != null) {
      request.header(HttpHeaders.CONTENT_TYPE, body.contentType());
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String abbreviated(MockHttpServletResponse response) throws Exception {
    String content = response.getContentAsString();
    return response.getStatus()
        + " "
        + (content.length() > 400 ? content.substring(0, 400) + "..." : content);
  }
}
