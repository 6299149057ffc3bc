package com.mewayz.api.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.ai.AiContent;
import com.mewayz.domain.ai.AiContentRepository;
import com.mewayz.domain.ai.AiContentTarget;
import com.mewayz.domain.commerce.ProductRepository;
import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class AiContentApiTest {
  static final String SETTINGS = "/api/ai/settings";
  static final String CONTENT = "/api/ai/content";
  static final String KEY = "sk-test-MewayzAiKey7Q9z";

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired AiContentRepository contents;
  @Autowired ProductRepository products;

  final FakeOpenAiServer model = new FakeOpenAiServer();
  ApiClient api;
  Account owner;
  String workspace;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Mug Shop");
  }

  @AfterEach
  void stop() {
    model.close();
  }

  private void configureLocalModel(String budget) throws Exception {
    api.inWorkspace(
            workspace,
            HttpMethod.PUT,
            SETTINGS,
            owner,
            """
            {"provider": "OPENAI_COMPATIBLE", "model": "llama3.1", "baseUrl": "%s",
             "brandVoice": "Warm and short", "monthlyBudgetCents": %s}
            """
                .formatted(model.baseUrl(), budget))
        .andExpect(status().isOk());
  }

  private String mug() throws Exception {
    return ApiClient.read(
        api.inWorkspace(
            workspace,
            HttpMethod.POST,
            "/api/ecommerce/products",
            owner,
            """
            {"name": "Mug", "priceMinor": 1200, "currency": "EUR", "sku": "MUG-AI",
             "stock": 5, "digital": false}
            """),
        "$.data.id");
  }

  private String awaitStatus(String contentId, String status, int round) throws Exception {
    String body = "";
    for (int i = 0; i < 200; i++) {
      body =
          api.inWorkspace(workspace, HttpMethod.GET, CONTENT + "/" + contentId, owner, null)
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (body.contains("\"status\":\"" + status + "\"") && body.contains("\"round\":" + round)) {
        return body;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Content never reached " + status + " round " + round + ": " + body);
  }

  @Test
  void anOwnerSavesAProviderAndReadsBackOnlyTheKeysLastFourCharacters() throws Exception {
    String saved =
        api.inWorkspace(
                workspace,
                HttpMethod.PUT,
                SETTINGS,
                owner,
                """
                {"provider": "OPENAI", "model": "gpt-4o-mini", "apiKey": "%s",
                 "brandVoice": "Playful", "monthlyBudgetCents": 500}
                """
                    .formatted(KEY))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(saved).doesNotContain(KEY);

    api.inWorkspace(workspace, HttpMethod.GET, SETTINGS, owner, null)
        .andExpect(jsonPath("$.data.configured").value(true))
        .andExpect(jsonPath("$.data.provider").value("OPENAI"))
        .andExpect(jsonPath("$.data.apiKey.set").value(true))
        .andExpect(jsonPath("$.data.apiKey.last4").value("7Q9z"))
        .andExpect(jsonPath("$.data.brandVoice").value("Playful"))
        .andExpect(jsonPath("$.data.monthlyBudgetCents").value(500));
    Document stored = mongo.getCollection("ai_settings").find().first();
    assertThat(stored.toJson()).doesNotContain(KEY);

    // Saving again without a key keeps the one stored.
    api.inWorkspace(
            workspace,
            HttpMethod.PUT,
            SETTINGS,
            owner,
            "{\"provider\": \"OPENAI\", \"model\": \"gpt-4o\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.apiKey.last4").value("7Q9z"))
        .andExpect(jsonPath("$.data.model").value("gpt-4o"));
  }

  @Test
  void badSettingsAndRequestsNameTheFieldAtFault() throws Exception {
    api.inWorkspace(workspace, HttpMethod.PUT, SETTINGS, owner, "{\"provider\": \"OPENAI\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.model").exists());
    api.inWorkspace(
            workspace,
            HttpMethod.PUT,
            SETTINGS,
            owner,
            "{\"provider\": \"ANTHROPIC\", \"model\": \"claude-3-5-haiku-latest\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.apiKey").exists());
    api.inWorkspace(
            workspace,
            HttpMethod.PUT,
            SETTINGS,
            owner,
            "{\"provider\": \"OPENAI_COMPATIBLE\", \"model\": \"llama3.1\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.baseUrl").exists());

    configureLocalModel("null");
    api.inWorkspace(workspace, HttpMethod.POST, CONTENT, owner, "{\"kind\": \"EMAIL\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.brief").exists());
    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            CONTENT,
            owner,
            """
            {"kind": "EMAIL", "brief": "Spring", "target": {"type": "PRODUCT_DESCRIPTION"}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['target.type']").exists());
    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            CONTENT,
            owner,
            """
            {"kind": "PRODUCT_DESCRIPTION", "brief": "Mug",
             "target": {"type": "PRODUCT_DESCRIPTION", "productId": "000000000000000000000000"}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['target.productId']").exists());
    assertThat(model.requests).isEmpty();
  }

  @Test
  void aWorkspaceWithoutAProviderIsToldSoAndNothingIsGenerated() throws Exception {
    api.inWorkspace(workspace, HttpMethod.GET, SETTINGS, owner, null)
        .andExpect(jsonPath("$.data.configured").value(false));

    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            CONTENT,
            owner,
            "{\"kind\": \"SOCIAL_POST\", \"brief\": \"Spring sale\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error").value("AiNotConfigured"))
        .andExpect(
            jsonPath("$.message").value(org.hamcrest.Matchers.containsString("not configured")));

    api.inWorkspace(workspace, HttpMethod.GET, CONTENT, owner, null)
        .andExpect(jsonPath("$.data.total").value(0));
  }

  @Test
  void aSpentBudgetRefusesNewGenerations() throws Exception {
    configureLocalModel("0");

    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            CONTENT,
            owner,
            "{\"kind\": \"SOCIAL_POST\", \"brief\": \"Spring sale\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error").value("AiBudgetExhausted"));
    assertThat(model.requests).isEmpty();
  }

  @Test
  void anotherWorkspacesContentIsNotFound() throws Exception {
    Account stranger = api.register("stranger");
    String theirs = api.createWorkspace(stranger, "Other");
    Instant now = Instant.now();
    String id = new ObjectId().toHexString();
    contents.insert(
        new AiContent(
            id,
            theirs,
            ContentKind.SOCIAL_POST,
            "Their brief",
            null,
            AiContentTarget.none(),
            true,
            3,
            AiContentStatus.AWAITING_APPROVAL,
            0,
            ContentDraft.text("Their post"),
            List.of(),
            null,
            null,
            "gpt-4o-mini",
            stranger.id(),
            now,
            now));

    api.inWorkspace(workspace, HttpMethod.GET, CONTENT + "/" + id, owner, null)
        .andExpect(status().isNotFound());
    api.inWorkspace(workspace, HttpMethod.POST, CONTENT + "/" + id + "/approve", owner, "{}")
        .andExpect(status().isNotFound());
    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            CONTENT + "/" + id + "/reject",
            owner,
            "{\"feedback\": \"no\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void aDraftRejectedWithFeedbackIsRewrittenThenEditedApprovedAndPublishedIntoTheProduct()
      throws Exception {
    configureLocalModel("500");
    String product = mug();
    model.answer(
        "{\"body\": \"A mug.\"}", "{\"body\": \"A sturdy stoneware mug for slow mornings.\"}");

    String created =
        ApiClient.read(
            api.inWorkspace(
                    workspace,
                    HttpMethod.POST,
                    CONTENT,
                    owner,
                    """
                    {"kind": "PRODUCT_DESCRIPTION", "brief": "Our stoneware mug",
                     "sourceMaterial": "350 ml, dishwasher safe",
                     "target": {"type": "PRODUCT_DESCRIPTION", "productId": "%s"}}
                    """
                        .formatted(product))
                .andExpect(status().isCreated()),
            "$.data.id");
    String first = awaitStatus(created, "AWAITING_APPROVAL", 0);
    assertThat(first).contains("A mug.");
    assertThat(model.requests.get(0))
        .contains("Warm and short")
        .contains("350 ml, dishwasher safe");

    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            CONTENT + "/" + created + "/reject",
            owner,
            "{\"feedback\": \"Longer, and say it is stoneware\"}")
        .andExpect(status().isOk());
    String second = awaitStatus(created, "AWAITING_APPROVAL", 1);
    assertThat(second).contains("sturdy stoneware").contains("Longer, and say it is stoneware");
    assertThat(model.requests.get(1)).contains("Longer, and say it is stoneware");

    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            CONTENT + "/" + created + "/approve",
            owner,
            "{\"edited\": {\"body\": \"A sturdy 350 ml stoneware mug.\"}}")
        .andExpect(status().isOk());
    awaitStatus(created, "PUBLISHED", 1);

    assertThat(products.findById(product).orElseThrow().description())
        .isEqualTo("A sturdy 350 ml stoneware mug.");
    Document event =
        mongo
            .getCollection("platform_events")
            .find(new Document("type", "ai.content_published").append("key", created))
            .first();
    assertThat(event).isNotNull();
    assertThat(event.get("data", Document.class).getString("body"))
        .isEqualTo("A sturdy 350 ml stoneware mug.");
    api.inWorkspace(workspace, HttpMethod.GET, "/api/ai/usage", owner, null)
        .andExpect(jsonPath("$.data.models[0].model").value("llama3.1"))
        .andExpect(jsonPath("$.data.models[0].requests").value(2))
        .andExpect(jsonPath("$.data.models[0].tokensIn").value(200))
        .andExpect(jsonPath("$.data.models[0].tokensOut").value(50))
        .andExpect(jsonPath("$.data.budgetCents").value(500))
        .andExpect(jsonPath("$.data.budgetSpent").value(false));
    api.inWorkspace(workspace, HttpMethod.POST, CONTENT + "/" + created + "/approve", owner, "{}")
        .andExpect(status().isConflict());
  }

  @Test
  void anApprovedSocialPostIsScheduledInTheQueuesNextSlotOnEveryConnectedAccount()
      throws Exception {
    configureLocalModel("500");
    model.answer("{\"body\": \"Stoneware mugs are back.\"}");
    String account =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/social/accounts",
                owner,
                """
                {"platform": "X", "displayName": "Mug Shop", "handle": "mugshop",
                 "accessToken": "x-token-for-ai"}
                """),
            "$.data.id");
    api.inWorkspace(
            workspace,
            HttpMethod.PUT,
            "/api/social/queue",
            owner,
            """
            {"timeZone": "Europe/Paris", "slots": [{"day": "MONDAY", "time": "09:00"}]}
            """)
        .andExpect(status().isOk());
    String created =
        ApiClient.read(
            api.inWorkspace(
                    workspace,
                    HttpMethod.POST,
                    CONTENT,
                    owner,
                    """
                    {"kind": "SOCIAL_POST", "brief": "Mugs restocked",
                     "target": {"type": "SOCIAL_POST"}}
                    """)
                .andExpect(status().isCreated()),
            "$.data.id");
    awaitStatus(created, "AWAITING_APPROVAL", 0);

    api.inWorkspace(workspace, HttpMethod.POST, CONTENT + "/" + created + "/approve", owner, "{}")
        .andExpect(status().isOk());
    awaitStatus(created, "PUBLISHED", 0);

    api.inWorkspace(workspace, HttpMethod.GET, "/api/social/posts/" + created, owner, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.text").value("Stoneware mugs are back."))
        .andExpect(jsonPath("$.data.status").value("SCHEDULED"))
        .andExpect(jsonPath("$.data.fromQueue").value(true))
        .andExpect(jsonPath("$.data.targets[0].accountId").value(account))
        .andExpect(jsonPath("$.data.targets.length()").value(1));
  }

  @Test
  void aSocialPostWithNoConnectedAccountFailsSayingSo() throws Exception {
    configureLocalModel("500");
    model.answer("{\"body\": \"Hello\"}");
    String created =
        ApiClient.read(
            api.inWorkspace(
                    workspace,
                    HttpMethod.POST,
                    CONTENT,
                    owner,
                    """
                    {"kind": "SOCIAL_POST", "brief": "Hello", "target": {"type": "SOCIAL_POST"}}
                    """)
                .andExpect(status().isCreated()),
            "$.data.id");
    awaitStatus(created, "AWAITING_APPROVAL", 0);

    api.inWorkspace(workspace, HttpMethod.POST, CONTENT + "/" + created + "/approve", owner, "{}")
        .andExpect(status().isOk());

    assertThat(awaitStatus(created, "FAILED", 0)).contains("no connected social account");
    api.inWorkspace(workspace, HttpMethod.GET, "/api/social/posts/" + created, owner, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void anEditThatDropsAFieldItsKindPublishesIsRefused() throws Exception {
    configureLocalModel("null");
    model.answer("{\"subject\": \"Spring\", \"body\": \"Mugs are back.\"}");
    String created =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                CONTENT,
                owner,
                "{\"kind\": \"EMAIL\", \"brief\": \"Spring news\"}"),
            "$.data.id");
    awaitStatus(created, "AWAITING_APPROVAL", 0);

    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            CONTENT + "/" + created + "/approve",
            owner,
            "{\"edited\": {\"body\": \"No subject\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['edited.subject']").exists());
    api.inWorkspace(workspace, HttpMethod.POST, CONTENT + "/" + created + "/cancel", owner, null)
        .andExpect(status().isOk());
    awaitStatus(created, "CANCELLED", 0);
  }

  @Test
  void anAutomationStepWritesWithTheWorkspacesProviderAndItsOutputFeedsTheNextStep()
      throws Exception {
    configureLocalModel("null");
    model.answer("{\"body\": \"Thanks for your order, Ada!\"}");
    String graph =
        """
        {"name": "Thank you note", "graph": {"nodes": [
          {"id": "t", "type": "trigger.manual"},
          {"id": "write", "type": "ai.generate",
           "params": {"kind": "SOCIAL_POST", "brief": "Thank {{ trigger.name }} for the order"}},
          {"id": "end", "type": "flow.end", "params": {"output": {"note": "{{ nodes.write.body }}"}}}],
          "edges": [{"from": "t", "to": "write"}, {"from": "write", "to": "end"}]}}
        """;
    String automation =
        ApiClient.read(
            api.inWorkspace(workspace, HttpMethod.POST, "/api/automations", owner, graph),
            "$.data.id");
    api.inWorkspace(
            workspace, HttpMethod.POST, "/api/automations/" + automation + "/versions", owner, "{}")
        .andExpect(status().is2xxSuccessful());
    String run =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/automations/" + automation + "/runs",
                owner,
                "{\"input\": {\"name\": \"Ada\"}}"),
            "$.data.runId");

    String body = "";
    for (int i = 0; i < 200 && !body.contains("\"COMPLETED\""); i++) {
      Thread.sleep(50);
      body =
          api.inWorkspace(workspace, HttpMethod.GET, "/api/runs/" + run, owner, null)
              .andReturn()
              .getResponse()
              .getContentAsString();
    }
    assertThat(JsonPath.<String>read(body, "$.data.output.note"))
        .isEqualTo("Thanks for your order, Ada!");
    assertThat(model.requests.get(0)).contains("Thank Ada for the order");
  }
}
