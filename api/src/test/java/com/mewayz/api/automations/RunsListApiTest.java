package com.mewayz.api.automations;

import static com.mewayz.api.automations.WorkspaceCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The runs list as the run inspector polls it: filters, conditional requests, bad input. */
@ApiTest
class RunsListApiTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MutableClock clock;
  ApiClient api;
  Account owner;
  String workspace;
  WorkspaceCalls ws;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Runs Co");
    ws = new WorkspaceCalls(api, owner, workspace);
  }

  @Test
  void filtersRunsByStatusAutomationVersionAndStartTime() throws Exception {
    String refunds = ws.published(AutomationFixtures.approval());
    String first = ws.start(refunds, "{\"input\": {\"amount\": 10}}");
    ws.awaitListed(first, "WAITING");
    Instant between = instantBetweenRuns();
    ws.call(HttpMethod.POST, "/api/automations/" + refunds + "/versions", "{}")
        .andExpect(jsonPath("$.data.version").value(2));
    String second = ws.start(refunds, "{\"input\": {\"amount\": 20}}");
    ws.awaitListed(second, "WAITING");
    String welcome = ws.published(AutomationFixtures.welcomeMail());
    String mailed =
        ws.start(welcome, "{\"input\": {\"name\": \"Ada\", \"email\": \"ada@example.test\"}}");
    ws.awaitListed(mailed, "COMPLETED");

    list("/api/runs?automationId=" + refunds + "&version=1", first);
    list("/api/automations/" + refunds + "/runs?version=2", second);
    list("/api/runs?status=waiting", second, first);
    list("/api/runs?status=COMPLETED", mailed);
    list("/api/runs?startedBefore=" + between, first);
    list("/api/runs?startedAfter=" + between, mailed, second);
    list(
        "/api/automations/"
            + refunds
            + "/runs?startedAfter="
            + between
            + "&startedBefore="
            + clock.instant().plus(Duration.ofDays(1)),
        second);
    list("/api/runs?automationId=" + welcome + "&status=WAITING");
  }

  @Test
  void answersNotModifiedUntilARunOnThePageMoves() throws Exception {
    String refunds = ws.published(AutomationFixtures.approval());
    String runId = ws.start(refunds, "{\"input\": {\"amount\": 40}}");
    ws.awaitListed(runId, "WAITING");
    String path = "/api/automations/" + refunds + "/runs";
    String tag =
        ws.call(HttpMethod.GET, "/api/runs", null)
            .andExpect(status().isOk())
            .andExpect(header().exists(HttpHeaders.ETAG))
            .andReturn()
            .getResponse()
            .getHeader(HttpHeaders.ETAG);
    assertThat(tag).startsWith("W/\"");

    conditional("/api/runs", tag)
        .andExpect(status().isNotModified())
        .andExpect(content().string(""));
    String automationTag = conditional(path, null).andReturn().getResponse().getHeader("ETag");
    conditional(path, automationTag).andExpect(status().isNotModified());

    ws.call(HttpMethod.POST, "/api/runs/" + runId + "/approve", "{\"nodeId\": \"ask\"}")
        .andExpect(status().isOk());
    ws.awaitListed(runId, "COMPLETED");

    conditional("/api/runs", tag)
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, not(tag)))
        .andExpect(jsonPath("$.data.items[0].status").value("COMPLETED"))
        .andExpect(jsonPath("$.data.items[0].updatedAt").exists());
    conditional(path, automationTag).andExpect(status().isOk());
  }

  @Test
  void aRunAnswersNotModifiedUntilItMoves() throws Exception {
    String refunds = ws.published(AutomationFixtures.approval());
    String runId = ws.start(refunds, "{\"input\": {\"amount\": 40}}");
    ws.awaitListed(runId, "WAITING");
    String path = "/api/runs/" + runId;
    String tag = conditional(path, null).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

    conditional(path, tag).andExpect(status().isNotModified()).andExpect(content().string(""));

    ws.call(HttpMethod.POST, path + "/approve", "{\"nodeId\": \"ask\"}").andExpect(status().isOk());
    ws.awaitListed(runId, "COMPLETED");
    conditional(path, tag)
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, not(tag)))
        .andExpect(jsonPath("$.data.state.timeline[*].nodeId").value(hasItem("ask")));
  }

  @Test
  void refusesBadFiltersNamingTheParameter() throws Exception {
    String refunds = ws.published(AutomationFixtures.approval());
    Map<String, String> bad =
        Map.of(
            "startedAfter=yesterday", "startedAfter",
            "startedBefore=2026-13-01T00:00:00Z", "startedBefore",
            "startedAfter=2026-02-01T00:00:00Z&startedBefore=2026-01-01T00:00:00Z", "startedBefore",
            "version=two", "version",
            "version=0", "version",
            "status=DONE", "status");
    for (var entry : bad.entrySet()) {
      for (String path : new String[] {"/api/runs?", "/api/automations/" + refunds + "/runs?"}) {
        ws.call(HttpMethod.GET, path + entry.getKey(), null)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value("ValidationError"))
            .andExpect(jsonPath("$.details." + entry.getValue()).exists());
      }
    }
  }

  @Test
  void anotherWorkspacesRunsAreNeverListedNorReadable() throws Exception {
    Account stranger = api.register("stranger");
    String theirWorkspace = api.createWorkspace(stranger, "Elsewhere");
    String theirAutomation =
        JsonPath.read(
            body(
                api.inWorkspace(
                    theirWorkspace,
                    HttpMethod.POST,
                    "/api/automations",
                    stranger,
                    AutomationFixtures.approval())),
            "$.data.id");
    api.inWorkspace(
            theirWorkspace,
            HttpMethod.POST,
            "/api/automations/" + theirAutomation + "/versions",
            stranger,
            "{}")
        .andExpect(status().isCreated());
    String theirRun =
        JsonPath.read(
            body(
                api.inWorkspace(
                    theirWorkspace,
                    HttpMethod.POST,
                    "/api/automations/" + theirAutomation + "/runs",
                    stranger,
                    "{}")),
            "$.data.runId");
    String mine = ws.start(ws.published(AutomationFixtures.approval()), "{}");

    ws.call(HttpMethod.GET, "/api/runs?version=1", null)
        .andExpect(jsonPath("$.data.items[*].runId").value(not(hasItem(theirRun))))
        .andExpect(jsonPath("$.data.items[*].runId").value(hasItem(mine)));
    ws.call(HttpMethod.GET, "/api/runs?automationId=" + theirAutomation, null)
        .andExpect(status().isNotFound());
    ws.call(HttpMethod.GET, "/api/automations/" + theirAutomation + "/runs?status=WAITING", null)
        .andExpect(status().isNotFound());
    ws.call(HttpMethod.GET, "/api/runs/" + theirRun, null).andExpect(status().isNotFound());
    // Their own workspace header does not help someone who is not a member.
    api.inWorkspace(theirWorkspace, HttpMethod.GET, "/api/runs", owner, null)
        .andExpect(status().isNotFound());
  }

  /** Run starts are stamped to the millisecond: leave one clear millisecond on either side. */
  private Instant instantBetweenRuns() throws InterruptedException {
    Thread.sleep(5);
    Instant between = clock.instant();
    Thread.sleep(5);
    return between;
  }

  private void list(String path, String... runIdsNewestFirst) throws Exception {
    ws.call(HttpMethod.GET, path, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.total").value(runIdsNewestFirst.length))
        .andExpect(
            jsonPath("$.data.items[*].runId")
                .value(
                    runIdsNewestFirst.length == 0
                        ? org.hamcrest.Matchers.empty()
                        : org.hamcrest.Matchers.contains((Object[]) runIdsNewestFirst)));
  }

  private ResultActions conditional(String path, String tag) throws Exception {
    return api.perform(
        HttpMethod.GET,
        path,
        owner,
        null,
        tag == null
            ? Map.of("X-Workspace-Id", workspace)
            : Map.of("X-Workspace-Id", workspace, HttpHeaders.IF_NONE_MATCH, tag));
  }
}
