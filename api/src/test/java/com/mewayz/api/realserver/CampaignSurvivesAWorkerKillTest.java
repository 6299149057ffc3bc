package com.mewayz.api.realserver;

import static com.mewayz.api.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.Audience;
import com.mewayz.api.support.RealServerTest;
import com.mewayz.api.support.WorkerProcess;
import com.mewayz.workflows.campaigns.CampaignProgress;
import com.mewayz.workflows.campaigns.EmailCampaigns;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fault test of campaigns: 10,000 recipients, the worker process killed with SIGKILL while it
 * sends, then started again. Every recipient gets the campaign; nobody gets two different mails.
 * Counted where the mails arrive (the SMTP sink of this JVM). The api here runs no workers.
 */
@RealServerTest
class CampaignSurvivesAWorkerKillTest {
  private static final int CONTACTS = 10_000;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("mewayz.workers.enabled", () -> "false");
    registry.add("mewayz.campaigns.rate-per-second", () -> "0");
  }

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired WorkflowClient temporal;
  @Autowired ApplicationContext context;

  @Test
  void everyRecipientGetsTheCampaignOnceAcrossAKill() throws Exception {
    ApiClient api = new ApiClient(mvc, mails);
    ApiClient.Account owner = api.register("owner");
    String workspace = api.createWorkspace(owner, "Kill Newsletter");
    String domain = "k" + UUID.randomUUID().toString().substring(0, 8) + ".example";

    try (WorkerProcess worker = WorkerProcess.sharingWith(context, "campaign-kill", Map.of())) {
      worker.start();
      String importId = Audience.importContacts(mvc, owner, workspace, domain, CONTACTS);
      await(
          "the contact import",
          Duration.ofSeconds(180),
          () ->
              mongo.count(
                      Query.query(Criteria.where("_id").is(importId).and("status").is("COMPLETED")),
                      "contact_imports")
                  == 1);
      String campaignId =
          ApiClient.read(
              api.inWorkspace(
                  workspace,
                  HttpMethod.POST,
                  "/api/email-marketing/campaigns",
                  owner,
                  """
                  {"name": "Big", "subject": "Hello {{first_name}}", "text": "Hi",
                   "fromName": "Shop", "fromEmail": "news@shop.example"}
                  """),
              "$.data.id");
      api.inWorkspace(
              workspace,
              HttpMethod.POST,
              "/api/email-marketing/campaigns/" + campaignId + "/send",
              owner,
              "{}")
          .andExpect(status().isAccepted());

      await(
          "every recipient's mail",
          Duration.ofSeconds(180),
          () -> Audience.recipients(mails, domain).size() >= 3_000);
      worker.kill();
      int atKill = Audience.recipients(mails, domain).size();
      assertThat(atKill).as("mails received when the worker was killed").isLessThan(CONTACTS);
      worker.start();

      CampaignProgress done =
          temporal
              .newUntypedWorkflowStub(EmailCampaigns.workflowId(campaignId))
              .getResult(300, TimeUnit.SECONDS, CampaignProgress.class);

      List<String> to = Audience.recipients(mails, domain);
      assertThat(done.status()).isEqualTo("SENT");
      assertThat(done.sent()).isEqualTo(CONTACTS);
      assertThat(to.stream().distinct()).hasSize(CONTACTS);
      System.out.printf(
          "Campaign across a kill -9: %d of %d mails out when killed; %d recipients reached,"
              + " %d mails received (repeats carry the first one's Message-ID)%n",
          atKill, CONTACTS, to.stream().distinct().count(), to.size());
    }
  }
}
