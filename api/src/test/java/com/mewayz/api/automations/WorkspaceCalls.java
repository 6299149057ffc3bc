package com.mewayz.api.automations;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/** One member's calls into one workspace's automations and runs, as the API tests make them. */
final class WorkspaceCalls {
  private final ApiClient api;
  private final Account member;
  private final String workspace;

  WorkspaceCalls(ApiClient api, Account member, String workspace) {
    this.api = api;
    this.member = member;
    this.workspace = workspace;
  }

  ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, member, json);
  }

  /** Creates an automation from its JSON and answers its id. */
  String create(String json) throws Exception {
    return JsonPath.read(
        body(call(HttpMethod.POST, "/api/automations", json).andExpect(status().isCreated())),
        "$.data.id");
  }

  /** Creates and publishes an automation (its version 1 active) and answers its id. */
  String published(String json) throws Exception {
    String id = create(json);
    call(HttpMethod.POST, "/api/automations/" + id + "/versions", "{}")
        .andExpect(status().isCreated());
    return id;
  }

  String start(String automationId, String json) throws Exception {
    return start(automationId, json, null);
  }

  /** Starts a run, with an Idempotency-Key when {@code key} is not null, and answers its id. */
  String start(String automationId, String json, String key) throws Exception {
    Map<String, String> headers =
        key == null
            ? Map.of("X-Workspace-Id", workspace)
            : Map.of("X-Workspace-Id", workspace, "Idempotency-Key", key);
    return JsonPath.read(
        body(
            api.perform(
                    HttpMethod.POST,
                    "/api/automations/" + automationId + "/runs",
                    member,
                    json,
                    headers)
                .andExpect(status().isAccepted())),
        "$.data.runId");
  }

  /** Waits until the run's live state (its workflow) reaches the status; answers that read. */
  ResultActions awaitStatus(String runId, String expected) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    String last = null;
    while (Instant.now().isBefore(deadline)) {
      ResultActions result = call(HttpMethod.GET, "/api/runs/" + runId, null);
      last = body(result);
      if (expected.equals(JsonPath.read(last, "$.data.status"))) {
        return result;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Run " + runId + " did not reach " + expected + ": " + last);
  }

  /** Waits until the run's row (what the lists show) has the status, not only its workflow. */
  void awaitListed(String runId, String expected) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(deadline)) {
      List<String> listed =
          JsonPath.read(
              body(call(HttpMethod.GET, "/api/runs?size=200&status=" + expected, null)),
              "$.data.items[*].runId");
      if (listed.contains(runId)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Run " + runId + " is not listed as " + expected);
  }

  static String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }
}
