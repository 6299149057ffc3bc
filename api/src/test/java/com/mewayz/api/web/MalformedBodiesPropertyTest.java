package com.mewayz.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MalformedBodies;
import com.mewayz.api.support.MalformedBodies.Body;
import com.mewayz.api.support.WriteEndpoints;
import com.mewayz.api.support.WriteEndpoints.Endpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Malformed bodies against every POST, PUT and PATCH endpoint that reads one (contacts, products,
 * orders, invoices, campaigns, courses, bookings, social posts, link-in-bio, AI, automations...):
 * no answer is a 5xx, and every 4xx is the platform's problem+json naming what is wrong.
 */
@ApiTest
class MalformedBodiesPropertyTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  List<Endpoint> endpoints;
  Account owner;
  String workspace;
  Map<String, String> objects;

  /** jqwik runs outside Spring's JUnit extension: the cached test context is injected here. */
  @BeforeProperty
  void setUp() throws Exception {
    new TestContextManager(getClass()).prepareTestInstance(this);
    ApiClient api = new ApiClient(mvc, mails);
    owner = api.register("malformed");
    workspace = api.createWorkspace(owner, "Malformed Co");
    endpoints = WriteEndpoints.find(mappings);
    objects = new HashMap<>();
    objects.put(
        "contactId", create(api, "/api/crm/contacts", "{\"email\": \"someone@example.test\"}"));
    objects.put("id", objects.get("contactId"));
    objects.put(
        "productId",
        create(
            api,
            "/api/ecommerce/products",
            """
            {"name": "Mug", "priceMinor": 1200, "currency": "EUR", "sku": "MUG", "stock": 5,
             "digital": false}
            """));
    objects.put(
        "pageId",
        create(
            api,
            "/api/link-in-bio/pages",
            "{\"slug\": \"m-%s\", \"title\": \"Links\"}"
                .formatted(java.util.UUID.randomUUID().toString().substring(0, 8))));
  }

  private String create(ApiClient api, String path, String body) throws Exception {
    return ApiClient.read(
        api.inWorkspace(workspace, HttpMethod.POST, path, owner, body), "$.data.id");
  }

  @Example
  void everyEndpointAnswersTheWorstBodiesWithoutA5xx() throws Exception {
    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(60);
    List<Body> bodies = MalformedBodies.forEveryEndpoint();
    Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
    List<String> accepted = new java.util.ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (Body body : bodies) {
        int status = checkAnswer(endpoint, body);
        byStatus.merge(status, 1, Integer::sum);
        if (status < 300) {
          accepted.add(endpoint + " took " + body);
        }
      }
    }
    System.out.printf(
        "%nMalformed bodies: %d endpoints x %d bodies%n| status | answers |%n|---|---|%n",
        endpoints.size(), bodies.size());
    byStatus.forEach((status, count) -> System.out.printf("| %d | %d |%n", status, count));
    accepted.forEach(a -> System.out.println("accepted: " + a));
  }

  @Property(tries = 150)
  void generatedBodiesNeverGetA5xx(
      @ForAll @IntRange(min = 0, max = 10_000) int endpointPick, @ForAll("bodies") Body body)
      throws Exception {
    Endpoint endpoint = endpoints.get(endpointPick % endpoints.size());
    int status = checkAnswer(endpoint, body);
    Statistics.collect(status / 100 + "xx");
  }

  @Provide
  Arbitrary<Body> bodies() {
    return MalformedBodies.any();
  }

  private int checkAnswer(Endpoint endpoint, Body body) throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(endpoint.method(), endpoint.path(workspace, objects))
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
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    int status = response.getStatus();
    assertThat(status).as("%s with %s: %s", endpoint, body, abbreviated(response)).isLessThan(500);
    if (status >= 400) {
      ErrorFormat.assertFollowed(
          endpoint + " with " + body + ": " + abbreviated(response), response);
    }
    return status;
  }

  static String abbreviated(MockHttpServletResponse response) throws Exception {
    String content = response.getContentAsString();
    return response.getStatus()
        + " "
        + (content.length() > 300 ? content.substring(0, 300) + "..." : content);
  }
}
