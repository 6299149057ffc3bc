package com.mewayz.api.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.Audience;
import com.mewayz.domain.crm.Contact;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A campaign throttled to 100 mails a second: the rate holds within 5%, and a contact who
 * unsubscribes while it sends gets nothing after that.
 */
@ApiTest
@TestPropertySource(properties = "mewayz.campaigns.rate-per-second=100")
class CampaignThrottleTest {
  private static final int CONTACTS = 600;

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;

  @Test
  void theRateHoldsAndAContactWhoUnsubscribesMidwayGetsNothing() throws Exception {
    ApiClient api = new ApiClient(mvc, mails);
    Account owner = api.register("owner");
    String workspace = api.createWorkspace(owner, "Throttle Co");
    String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    String importId = Audience.importContacts(mvc, owner, workspace, domain, CONTACTS);
    await(
        () -> statusOf(api, owner, workspace, "/api/crm/imports/" + importId).equals("COMPLETED"));
    // Mailed last: the contacts are sent in id order, and ids grow in creation order.
    Contact last =
        mongo.findOne(
            Query.query(Criteria.where("workspaceId").is(workspace))
                .with(Sort.by(Sort.Direction.DESC, "_id")),
            Contact.class);
    String campaignId =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/email-marketing/campaigns",
                owner,
                """
                {"name": "Slow", "subject": "Hello", "text": "Hi", "fromName": "Shop",
                 "fromEmail": "news@shop.example"}
                """),
            "$.data.id");

    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            "/api/email-marketing/campaigns/" + campaignId + "/send",
            owner,
            "{}")
        .andExpect(status().isAccepted());
    await(() -> Audience.recipients(mails, domain).size() >= 100);
    long firstHundred = System.nanoTime();
    api.inWorkspace(
            workspace,
            HttpMethod.POST,
            "/api/crm/contacts/" + last.id() + "/consent",
            owner,
            "{\"status\": \"unsubscribed\"}")
        .andExpect(status().isOk());
    await(() -> Audience.recipients(mails, domain).size() >= CONTACTS - 1);
    long allSent = System.nanoTime();
    await(
        () ->
            statusOf(api, owner, workspace, "/api/email-marketing/campaigns/" + campaignId)
                .equals("SENT"));

    double seconds = (allSent - firstHundred) / 1e9;
    double rate = (CONTACTS - 1 - 100) / seconds;
    System.out.printf("Throttled campaign: %.1f mails/s for a configured 100/s%n", rate);
    assertThat(rate).isBetween(95.0, 105.0);
    List<String> to = Audience.recipients(mails, domain);
    assertThat(to).hasSize(CONTACTS - 1).doesNotHaveDuplicates().doesNotContain(last.email());
    String body =
        api.inWorkspace(
                workspace,
                HttpMethod.GET,
                "/api/email-marketing/campaigns/" + campaignId,
                owner,
                null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, Object> progress = JsonPath.read(body, "$.data.progress");
    assertThat(progress).containsEntry("sent", CONTACTS - 1).containsEntry("skipped", 1);
  }

  private static String statusOf(ApiClient api, Account owner, String workspace, String path) {
    try {
      String body =
          api.inWorkspace(workspace, HttpMethod.GET, path, owner, null)
              .andReturn()
              .getResponse()
              .getContentAsString();
      return JsonPath.read(body, "$.data.status");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Waited 60 s");
      }
      Thread.sleep(5);
    }
  }
}
