package com.mewayz.api.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the app registers with a {@code {workspaceId}} path variable, so new
 * endpoints are covered without touching this test: a member of workspace A gets 404 for every one
 * of them on workspace B, and a VIEWER of A is refused every write.
 */
@ApiTest
class TenantIsolationTest {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  ApiClient api;
  Account alice;
  Account bob;
  Account viewer;
  String workspaceA;
  String workspaceB;
  String invitationB;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    alice = api.register("alice");
    bob = api.register("bob");
    viewer = api.register("viewer");
    workspaceA = api.createWorkspace(alice, "Alice Co");
    workspaceB = api.createWorkspace(bob, "Bob Co");
    invitationB = api.invite(bob, workspaceB, ApiClient.uniqueEmail("guest"), "VIEWER");
    api.addMember(alice, workspaceA, viewer, "VIEWER");
  }

  @Test
  void aMemberOfOneWorkspaceGetsNotFoundForEveryEndpointOfAnother() throws Exception {
    List<Endpoint> endpoints = workspaceScopedEndpoints();
    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(9);

    for (Endpoint endpoint : endpoints) {
      int status =
          api.perform(endpoint.method(), endpoint.path(workspaceB, bobsObjects()), alice, "{}")
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).as("%s on another workspace", endpoint).isEqualTo(404);
    }
  }

  @Test
  void aViewerIsRefusedEveryWriteAndAllowedEveryRead() throws Exception {
    for (Endpoint endpoint : workspaceScopedEndpoints()) {
      int status =
          api.perform(endpoint.method(), endpoint.path(workspaceA, alicesObjects()), viewer, "{}")
              .andReturn()
              .getResponse()
              .getStatus();
      if (endpoint.method() == HttpMethod.GET) {
        assertThat(status).as("%s as a viewer", endpoint).isEqualTo(200);
      } else {
        assertThat(status).as("%s as a viewer", endpoint).isEqualTo(403);
      }
    }
  }

  @Test
  void workspaceScopedEndpointsAlsoNeedAToken() throws Exception {
    for (Endpoint endpoint : workspaceScopedEndpoints()) {
      int status =
          api.perform(endpoint.method(), endpoint.path(workspaceA, alicesObjects()), null, "{}")
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).as("%s without a token", endpoint).isEqualTo(401);
    }
  }

  private Map<String, String> bobsObjects() {
    return Map.of("userId", bob.id(), "invitationId", invitationB);
  }

  private Map<String, String> alicesObjects() {
    return Map.of("userId", alice.id(), "invitationId", "000000000000000000000000");
  }

  private List<Endpoint> workspaceScopedEndpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      for (String pattern : entry.getKey().getPatternValues()) {
        if (!pattern.contains("{" + WorkspaceAccessInterceptor.WORKSPACE_ID + "}")) {
          continue;
        }
        if (methods.isEmpty()) {
          endpoints.add(new Endpoint(HttpMethod.GET, pattern));
        }
        methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern)));
      }
    }
    return endpoints;
  }

  record Endpoint(HttpMethod method, String pattern) {
    String path(String workspaceId, Map<String, String> objects) {
      Matcher m = VARIABLE.matcher(pattern);
      StringBuilder path = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String value =
            name.equals(WorkspaceAccessInterceptor.WORKSPACE_ID)
                ? workspaceId
                : objects.getOrDefault(name, "000000000000000000000000");
        m.appendReplacement(path, value);
      }
      m.appendTail(path);
      return path.toString();
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }
}
