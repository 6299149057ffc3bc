package com.mewayz.api.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class StripeSettingsApiTest {
  static final String PATH = "/api/ecommerce/settings/stripe";
  static final String SECRET_KEY = "sk_test_51MewayzSecretKeyValue9x7Q";
  static final String PUBLISHABLE_KEY = "pk_test_51MewayzPublishableKey2b4K";
  static final String WEBHOOK_SECRET = "whsec_MewayzWebhookSigningSecret8c1Z";

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;

  ApiClient api;
  Account owner;
  String workspace;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Shop");
  }

  static String keys(String secretKey, String publishableKey, String webhookSecret) {
    return """
        {"secretKey": "%s", "publishableKey": "%s", "webhookSecret": "%s"}
        """
        .formatted(secretKey, publishableKey, webhookSecret);
  }

  @Test
  void anOwnerSavesKeysAndReadsBackOnlyWhetherEachIsSetAndItsLastFourCharacters() throws Exception {
    String saved =
        api.inWorkspace(
                workspace,
                HttpMethod.PUT,
                PATH,
                owner,
                keys(SECRET_KEY, PUBLISHABLE_KEY, WEBHOOK_SECRET))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(saved).doesNotContain(SECRET_KEY, WEBHOOK_SECRET, PUBLISHABLE_KEY);

    String read =
        api.inWorkspace(workspace, HttpMethod.GET, PATH, owner, null)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.data.configured").value(true))
            .andExpect(jsonPath("$.data.secretKey.set").value(true))
            .andExpect(jsonPath("$.data.secretKey.last4").value("9x7Q"))
            .andExpect(jsonPath("$.data.publishableKey.last4").value("2b4K"))
            .andExpect(jsonPath("$.data.webhookSecret.last4").value("8c1Z"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(read).doesNotContain(SECRET_KEY, WEBHOOK_SECRET, PUBLISHABLE_KEY);
  }

  @Test
  void secretsAreStoredEncrypted() throws Exception {
    api.inWorkspace(
            workspace,
            HttpMethod.PUT,
            PATH,
            owner,
            keys(SECRET_KEY, PUBLISHABLE_KEY, WEBHOOK_SECRET))
        .andExpect(status().isOk());

    Document stored = mongo.findById(workspace, Document.class, "stripe_settings");
    assertThat(stored).isNotNull();
    assertThat(stored.getString("secretKeySealed")).startsWith("v1:");
    assertThat(stored.toJson()).doesNotContain(SECRET_KEY).doesNotContain(WEBHOOK_SECRET);
  }

  @Test
  void aBadKeyIsRefusedNamingTheFieldWithoutEchoingTheValue() throws Exception {
    String wrong = "sk_oops_MewayzNotAKey42";
    String answer =
        api.inWorkspace(
                workspace, HttpMethod.PUT, PATH, owner, keys(wrong, PUBLISHABLE_KEY, "whsec_x1"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.details.secretKey").exists())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(answer).doesNotContain(wrong).doesNotContain("MewayzNotAKey");

    String swapped =
        api.inWorkspace(
                workspace,
                HttpMethod.PUT,
                PATH,
                owner,
                keys(SECRET_KEY, SECRET_KEY, WEBHOOK_SECRET))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.details.publishableKey").exists())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(swapped).doesNotContain(SECRET_KEY);
  }

  @Test
  void unreadableJsonIsRefusedWithoutEchoingTheKeys() throws Exception {
    String answer =
        api.inWorkspace(
                workspace,
                HttpMethod.PUT,
                PATH,
                owner,
                "{\"secretKey\": \"" + SECRET_KEY + "\", \"publishableKey\": [")
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(answer).doesNotContain(SECRET_KEY);
  }

  @Test
  void deletingRemovesTheKeys() throws Exception {
    api.inWorkspace(
            workspace,
            HttpMethod.PUT,
            PATH,
            owner,
            keys(SECRET_KEY, PUBLISHABLE_KEY, WEBHOOK_SECRET))
        .andExpect(status().isOk());

    api.inWorkspace(workspace, HttpMethod.DELETE, PATH, owner, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.message").value("Stripe keys removed"));

    api.inWorkspace(workspace, HttpMethod.GET, PATH, owner, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.configured").value(false))
        .andExpect(jsonPath("$.data.secretKey.set").value(false));
    assertThat(mongo.findById(workspace, Document.class, "stripe_settings")).isNull();
  }
}
