package com.mewayz.api.realserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.RealServerTest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Automations on the real Temporal dev server: a schedule trigger fires, runs are listed by their
 * search attributes, and a run is visible through Temporal UI's HTTP API with them.
 */
@RealServerTest
class AutomationOnRealTemporalTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired WorkflowClient temporal;
  ApiClient api;
  Account owner;
  String workspace;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Real Automations");
  }

  @Test
  void aScheduleFiresAndItsRunsAreListedBySearchAttributes() throws Exception {
    String id =
        publish(
            """
            {"name": "Every second", "graph": {"nodes": [
              {"id": "t1", "type": "trigger.schedule", "params": {"cron": "* * * * * ?"}},
              {"id": "end", "type": "flow.end", "params": {"output": {"at": "{{ trigger.scheduledAt }}"}}}],
              "edges": [{"from": "t1", "to": "end"}]}}
            """);

    List<ListedRun> runs =
        awaitListed(
            "AutomationId = '"
                + id
                + "' AND TriggerType = 'schedule' AND AutomationVersion = 1"
                + " AND WorkspaceId = '"
                + workspace
                + "' AND ExecutionStatus = 'Completed'",
            2);
    assertThat(runs).allMatch(r -> r.workflowId().startsWith("run-" + id + "-schedule-"));
    api.inWorkspace(
        workspace, HttpMethod.POST, "/api/automations/" + id + "/deactivate", owner, null);
  }

  @Test
  void aRunIsVisibleInTemporalUiWithItsAttributes() throws Exception {
    String id =
        publish(
            """
            {"name": "Approve", "graph": {"nodes": [
              {"id": "t1", "type": "trigger.manual"},
              {"id": "ask", "type": "approval.request", "params": {"message": "ok?"}}],
              "edges": [{"from": "t1", "to": "ask"}]}}
            """);
    String runId =
        JsonPath.read(
            api.inWorkspace(
                    workspace, HttpMethod.POST, "/api/automations/" + id + "/runs", owner, "{}")
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.data.runId");

    String ui = System.getenv().getOrDefault("TEMPORAL_UI_TEST_ADDRESS", "127.0.0.1:8233");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://"
                                + ui
                                + "/api/v1/namespaces/default/workflows/"
                                + URLEncoder.encode(runId, StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Map<String, String>> fields =
        JsonPath.read(response.body(), "$.workflowExecutionInfo.searchAttributes.indexedFields");
    assertThat(fields)
        .containsKeys("WorkspaceId", "AutomationId", "AutomationVersion", "TriggerType");
    assertThat(decode(fields.get("AutomationId"))).isEqualTo("\"" + id + "\"");
    assertThat(decode(fields.get("TriggerType"))).isEqualTo("\"manual\"");
    assertThat(decode(fields.get("AutomationVersion"))).isEqualTo("1");

    api.inWorkspace(workspace, HttpMethod.POST, "/api/runs/" + runId + "/cancel", owner, null);
  }

  private String publish(String json) throws Exception {
    String id =
        JsonPath.read(
            api.inWorkspace(workspace, HttpMethod.POST, "/api/automations", owner, json)
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.data.id");
    api.inWorkspace(
        workspace, HttpMethod.POST, "/api/automations/" + id + "/versions", owner, "{}");
    return id;
  }

  private static String decode(Map<String, String> payload) {
    return new String(Base64.getDecoder().decode(payload.get("data")), StandardCharsets.UTF_8);
  }

  record ListedRun(String workflowId) {}

  private List<ListedRun> awaitListed(String query, int atLeast) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    List<WorkflowExecutionMetadata> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = temporal.listExecutions(query).toList();
      if (found.size() >= atLeast) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(found).as("runs listed by %s", query).hasSizeGreaterThanOrEqualTo(atLeast);
    return found.stream().map(r -> new ListedRun(r.getExecution().getWorkflowId())).toList();
  }
}
