package com.mewayz.api.automations;

import static com.mewayz.api.automations.WorkspaceCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.workflows.automations.DomainEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The templates gallery: every shipped template becomes a working automation. */
@ApiTest
class AutomationTemplateApiTest {
  private static final String CUSTOMER = "ana@example.com";

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired JsonMapper json;
  ApiClient api;
  Account owner;
  String workspace;
  WorkspaceCalls ws;

  /** What each template's simulation must send: node id, recipient (null: the owner), subject. */
  record Mail(String node, String to, String subject) {}

  Map<String, List<Mail>> expectedMails() {
    return Map.of(
        "welcome-series",
        List.of(
            new Mail("welcome", CUSTOMER, "Welcome, Ana!"),
            new Mail("tips", CUSTOMER, "Three tips to get started"),
            new Mail("check-in", CUSTOMER, "How is it going, Ana?")),
        "abandoned-checkout",
        List.of(new Mail("reminder", CUSTOMER, "You left something in your cart")),
        "booking-reminder",
        List.of(
            new Mail("remind-day", CUSTOMER, "See you tomorrow: Portrait session"),
            new Mail("remind-hour", CUSTOMER, "Starting in an hour: Portrait session")),
        "course-drip",
        List.of(
            new Mail("lesson-1", CUSTOMER, "Welcome to Lightroom for beginners: lesson 1"),
            new Mail("lesson-2", CUSTOMER, "Lightroom for beginners: lesson 2 is ready"),
            new Mail("lesson-3", CUSTOMER, "Lightroom for beginners: lesson 3 is ready"),
            new Mail("check-in", CUSTOMER, "How is Lightroom for beginners going?")),
        "invoice-reminder",
        List.of(
            new Mail("first-reminder", CUSTOMER, "Reminder: invoice INV-2041"),
            new Mail("second-reminder", CUSTOMER, "Second reminder: invoice INV-2041 is overdue"),
            new Mail("final-notice", CUSTOMER, "Final notice: invoice INV-2041"),
            new Mail("tell-owner", null, "Invoice INV-2041 is still unpaid after 10 days")),
        "new-order-notification",
        List.of(new Mail("notify", null, "New order #1001: 49 EUR")));
  }

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Templates Co");
    ws = new WorkspaceCalls(api, owner, workspace);
  }

  @Test
  void listsSixTemplatesOnPlatformEventsWithNamedPlacedStepsAndSampleInput() throws Exception {
    String body = body(ws.call(HttpMethod.GET, "/api/automations/templates", null));

    List<String> ids = JsonPath.read(body, "$.data[*].id");
    assertThat(ids).containsExactlyInAnyOrderElementsOf(expectedMails().keySet());
    List<String> events = JsonPath.read(body, "$.data[*].triggerEvent");
    assertThat(events).allMatch(DomainEvents.TYPES::contains);
    List<String> categories = JsonPath.read(body, "$.data[*].category");
    assertThat(categories).doesNotContainNull().doesNotContain("");
    List<Object> unnamed = JsonPath.read(body, "$.data[*].graph.nodes[?(!@.name)]");
    assertThat(unnamed).isEmpty();
    List<List<Number>> positions = JsonPath.read(body, "$.data[*].graph.nodes[*].position");
    assertThat(positions).allSatisfy(p -> assertThat(p).hasSize(2));
    List<Map<String, Object>> samples = JsonPath.read(body, "$.data[*].sampleInput");
    assertThat(samples).hasSize(6).allSatisfy(sample -> assertThat(sample).isNotEmpty());
    List<Integer> courseSteps = JsonPath.read(body, "$.data[?(@.id=='course-drip')].steps");
    assertThat(courseSteps).containsExactly(7);
  }

  @Test
  void everyTemplatePublishesAndSimulatesToCompletionSendingItsMails() throws Exception {
    for (Map.Entry<String, List<Mail>> expected : expectedMails().entrySet()) {
      String templateId = expected.getKey();
      String created = fromTemplate("{\"templateId\": \"" + templateId + "\"}");
      String id = JsonPath.read(created, "$.data.id");
      ws.call(HttpMethod.POST, "/api/automations/" + id + "/versions", "{}")
          .andExpect(status().isCreated());
      // The sample travels with the draft, so Simulate in the designer has it too.
      Map<String, Object> sample =
          JsonPath.read(created, "$.data.draft.nodes[0].params.sampleInput");

      String simulation =
          body(
              ws.call(
                  HttpMethod.POST,
                  "/api/automations/" + id + "/simulate",
                  json.writeValueAsString(Map.of("input", sample))));

      assertThat((String) JsonPath.read(simulation, "$.data.status"))
          .as(templateId + ": " + simulation)
          .isEqualTo("COMPLETED");
      assertThat(simulatedMails(simulation))
          .as(templateId)
          .containsExactlyElementsOf(
              expected.getValue().stream()
                  .map(
                      m -> new Mail(m.node(), m.to() == null ? owner.email() : m.to(), m.subject()))
                  .toList());
    }
    assertThat(api.mailsTo(CUSTOMER, "")).as("a simulation sends nothing").isEmpty();
  }

  @Test
  void createsADraftNamedAsAskedWithTheCreatorAsRecipientOfOwnerMails() throws Exception {
    String created =
        body(
            ws.call(
                    HttpMethod.POST,
                    "/api/automations/from-template",
                    "{\"templateId\": \"new-order-notification\", \"name\": \"Tell me about orders\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.data.name").value("Tell me about orders"))
                .andExpect(jsonPath("$.data.latestVersion").value(0))
                .andExpect(jsonPath("$.data.activeVersion").doesNotExist()));

    assertThat((String) JsonPath.read(created, "$.data.draft.nodes[1].params.to"))
        .isEqualTo(owner.email());
    ws.call(HttpMethod.GET, "/api/automations?q=tell me", null)
        .andExpect(jsonPath("$.data.total").value(1));
  }

  @Test
  void aPublishedNewOrderNotificationMailsTheCreatorWhenAnOrderIsCreated() throws Exception {
    String created = fromTemplate("{\"templateId\": \"new-order-notification\"}");
    String id = JsonPath.read(created, "$.data.id");
    Map<String, Object> sample = JsonPath.read(created, "$.data.draft.nodes[0].params.sampleInput");
    ws.call(HttpMethod.POST, "/api/automations/" + id + "/versions", "{}")
        .andExpect(status().isCreated());

    ws.call(
            HttpMethod.POST,
            "/api/events",
            json.writeValueAsString(
                Map.of("type", "order.created", "key", "ord_1001", "payload", sample)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.data.started.length()").value(1));

    assertThat(api.awaitMail(owner.email(), "New order #1001: 49 EUR").text())
        .contains("ana@example.com");
  }

  @Test
  void refusesAnUnknownOrMissingTemplateNamingTheField() throws Exception {
    ws.call(HttpMethod.POST, "/api/automations/from-template", "{\"templateId\": \"no-such\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("ValidationError"))
        .andExpect(jsonPath("$.details.templateId").exists());
    ws.call(HttpMethod.POST, "/api/automations/from-template", "{\"name\": \"x\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.templateId").exists());
    ws.call(
            HttpMethod.POST,
            "/api/automations/from-template",
            "{\"templateId\": \"welcome-series\", \"name\": \"" + "x".repeat(121) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.name").exists());
    ws.call(HttpMethod.GET, "/api/automations", null).andExpect(jsonPath("$.data.total").value(0));
  }

  @Test
  void needsAWorkspaceAndAToken() throws Exception {
    api.perform(HttpMethod.GET, "/api/automations/templates", owner, null)
        .andExpect(status().isBadRequest());
    api.inWorkspace(workspace, HttpMethod.GET, "/api/automations/templates", null, null)
        .andExpect(status().isUnauthorized());
  }

  /** The email steps of a simulation, in the order they ran, with what they would have sent. */
  private static List<Mail> simulatedMails(String simulation) {
    List<Map<String, Object>> steps =
        JsonPath.read(simulation, "$.data.state.timeline[?(@.type=='email.send')]");
    return steps.stream()
        .map(
            step -> {
              Map<?, ?> params = (Map<?, ?>) ((Map<?, ?>) step.get("output")).get("params");
              return new Mail(
                  (String) step.get("nodeId"),
                  (String) params.get("to"),
                  (String) params.get("subject"));
            })
        .toList();
  }

  private String fromTemplate(String request) throws Exception {
    return body(
        ws.call(HttpMethod.POST, "/api/automations/from-template", request)
            .andExpect(status().isCreated()));
  }
}
