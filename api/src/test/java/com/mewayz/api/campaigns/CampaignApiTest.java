package com.mewayz.api.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.campaigns.BounceActivitiesImpl;
import com.mewayz.activities.campaigns.BounceMailbox;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.Audience;
import com.mewayz.domain.campaigns.CampaignDeliveries;
import com.mewayz.domain.crm.Contact;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.workflows.campaigns.BounceActivities;
import com.mewayz.workflows.campaigns.BounceTotals;
import io.temporal.testing.TestActivityEnvironment;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiTest
class CampaignApiTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired CampaignDeliveries deliveries;
  @Autowired ContactStore contacts;
  ApiClient api;
  Account owner;
  String workspace;
  String domain;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Newsletter Co");
    domain = "r" + UUID.randomUUID().toString().substring(0, 8) + ".example";
  }

  ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, owner, json);
  }

  String contact(String local, String tags, String consent) throws Exception {
    String id =
        ApiClient.read(
            call(
                    HttpMethod.POST,
                    "/api/crm/contacts",
                    """
                    {"email": "%s@%s", "firstName": "%s", "tags": %s, "fields": {"plan": "gold"}}
                    """
                        .formatted(local, domain, local, tags))
                .andExpect(status().isCreated()),
            "$.data.id");
    if (consent != null) {
      call(
              HttpMethod.POST,
              "/api/crm/contacts/" + id + "/consent",
              "{\"status\": \"" + consent + "\"}")
          .andExpect(status().isOk());
    }
    return id;
  }

  String campaign(String segmentId) throws Exception {
    return ApiClient.read(
        call(
                HttpMethod.POST,
                "/api/email-marketing/campaigns",
                """
                {"name": "Spring sale", "subject": "{{first_name|Friend}}, the sale is on",
                 "html": "<html><body><p>Hi {{first_name}} ({{field.plan}})</p><a href=\\"https://shop.example/sale?a=1&amp;b=2\\">Shop</a></body></html>",
                 "text": "Hi {{first_name}}, see https://shop.example/sale",
                 "fromName": "Ana's Shop", "fromEmail": "news@shop.example", "segmentId": %s}
                """
                    .formatted(segmentId == null ? "null" : "\"" + segmentId + "\""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.data.status").value("DRAFT")),
        "$.data.id");
  }

  @Test
  void aCampaignReachesEverySubscribedMemberOfItsSegmentOnceWithWorkingLinks() throws Exception {
    for (int i = 0; i < 20; i++) {
      contact("fan" + i, "[\"news\"]", null);
    }
    contact("gone1", "[\"news\"]", "unsubscribed");
    contact("gone2", "[\"news\"]", "unsubscribed");
    contact("bounced", "[\"news\"]", "bounced");
    contact("other", "[]", null);
    String segment =
        ApiClient.read(
            call(
                HttpMethod.POST,
                "/api/crm/segments",
                "{\"name\": \"News\", \"filter\": {\"tagsAll\": [\"news\"]}}"),
            "$.data.id");
    String campaignId = campaign(segment);

    call(HttpMethod.POST, "/api/email-marketing/campaigns/" + campaignId + "/send", "{}")
        .andExpect(status().isAccepted());
    Map<String, Object> progress = awaitStatus(campaignId, "SENT");

    assertThat(progress)
        .containsEntry("audience", 23)
        .containsEntry("sent", 20)
        .containsEntry("skipped", 3)
        .containsEntry("failed", 0)
        .containsEntry("remaining", 0);
    List<MimeMessage> received = receivedHere();
    assertThat(received).hasSize(20);
    assertThat(received.stream().map(Audience::to).distinct()).hasSize(20);
    assertThat(received.stream().map(Audience::to)).allMatch(to -> to.startsWith("fan"));
    MimeMessage first = received.get(0);
    assertThat(first.getSubject()).endsWith(", the sale is on").doesNotContain("{{");
    String unsubscribe = first.getHeader("List-Unsubscribe")[0];
    assertThat(unsubscribe).startsWith("<http").contains("/api/email-marketing/unsubscribe/");
    assertThat(first.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");

    ReceivedMail mail =
        mails.mails().stream()
            .filter(m -> m.to().contains(Audience.to(first)))
            .findFirst()
            .orElseThrow();
    assertThat(mail.html()).contains("(gold)").contains("/api/email-marketing/t/o/");
    assertThat(mail.text()).contains("Unsubscribe: http");

    // The click goes where the campaign pointed, and nowhere else.
    String click = link(mail.html(), "/api/email-marketing/t/c/");
    mvc.perform(get(URI.create(click)))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", "https://shop.example/sale?a=1&b=2"));
    mvc.perform(get(URI.create(click.replaceAll("u=[^&]+", "u=https%3A%2F%2Fevil.example"))))
        .andExpect(status().isNotFound());
    String pixel = link(mail.html(), "/api/email-marketing/t/o/");
    mvc.perform(get(URI.create(pixel)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.IMAGE_GIF));
    // A recipient opening and clicking again is still one opener and one clicker.
    mvc.perform(get(URI.create(click))).andExpect(status().isFound());
    mvc.perform(get(URI.create(pixel))).andExpect(status().isOk());
    call(HttpMethod.GET, "/api/email-marketing/campaigns/" + campaignId, null)
        .andExpect(jsonPath("$.data.progress.opened").value(1))
        .andExpect(jsonPath("$.data.progress.clicked").value(1));

    // One-click unsubscribe (RFC 8058): the GET only shows a button, the POST unsubscribes.
    URI unsubscribeUri = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
    mvc.perform(get(unsubscribeUri))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<form method=\"post\">")));
    assertThat(contactByEmail(Audience.to(first)).consent()).isEqualTo("subscribed");
    mvc.perform(
            post(unsubscribeUri)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click"))
        .andExpect(status().isOk());
    Contact gone = contactByEmail(Audience.to(first));
    assertThat(gone.consent()).isEqualTo("unsubscribed");
    assertThat(gone.consentHistory().get(gone.consentHistory().size() - 1).source())
        .isEqualTo("unsubscribe-link");
    mvc.perform(post("/api/email-marketing/unsubscribe/" + campaignId + ".nobody.forged"))
        .andExpect(status().isNotFound());
  }

  @Test
  void campaignsAreCheckedAndOnlyADraftChanges() throws Exception {
    call(
            HttpMethod.POST,
            "/api/email-marketing/campaigns",
            """
            {"name": "x", "subject": "Hi {{firstname}}", "text": "t", "fromName": "S",
             "fromEmail": "s@shop.example"}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.subject", containsString("{{firstname}}")));
    call(
            HttpMethod.POST,
            "/api/email-marketing/campaigns",
            """
            {"name": "x", "subject": "Hi", "text": "t", "fromName": "S", "fromEmail": "nope",
             "segmentId": "000000000000000000000000"}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.fromEmail").exists());
    call(
            HttpMethod.POST,
            "/api/email-marketing/campaigns",
            """
            {"name": "x", "subject": "Hi", "text": "t", "fromName": "S",
             "fromEmail": "s@shop.example", "segmentId": "000000000000000000000000"}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.segmentId").exists());

    contact("reader", "[]", null);
    String campaignId = campaign(null);
    call(HttpMethod.POST, "/api/email-marketing/campaigns/" + campaignId + "/pause", null)
        .andExpect(status().isConflict());
    call(HttpMethod.GET, "/api/email-marketing/campaigns/" + campaignId + "/preview", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.subject").value("Ana, the sale is on"));
    String test = "tester@" + domain;
    call(
            HttpMethod.POST,
            "/api/email-marketing/campaigns/" + campaignId + "/test",
            "{\"to\": \"" + test + "\"}")
        .andExpect(status().isOk());
    assertThat(api.awaitMail(test, "[Test]").subject()).isEqualTo("[Test] Ana, the sale is on");

    call(
            HttpMethod.POST,
            "/api/email-marketing/campaigns/" + campaignId + "/send",
            "{\"sendAt\": \"2020-01-01T00:00:00Z\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.sendAt").exists());
    Instant later = Instant.now().plus(Duration.ofDays(3));
    call(
            HttpMethod.POST,
            "/api/email-marketing/campaigns/" + campaignId + "/send",
            "{\"sendAt\": \"" + later + "\"}")
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.data.status").value("SCHEDULED"));
    call(HttpMethod.POST, "/api/email-marketing/campaigns/" + campaignId + "/send", "{}")
        .andExpect(status().isConflict());
    call(HttpMethod.DELETE, "/api/email-marketing/campaigns/" + campaignId, null)
        .andExpect(status().isConflict());
    call(HttpMethod.POST, "/api/email-marketing/campaigns/" + campaignId + "/cancel", null)
        .andExpect(status().isOk());
    awaitStatus(campaignId, "CANCELLED");
    call(HttpMethod.POST, "/api/email-marketing/campaigns/" + campaignId + "/cancel", null)
        .andExpect(status().isConflict());
    assertThat(receivedHere()).extracting(Audience::to).containsExactly(test);
  }

  @Test
  void tenThousandContactsGetExactlyTenThousandMails() throws Exception {
    String importId = Audience.importContacts(mvc, owner, workspace, domain, 10_000);
    awaitImport(importId);
    String campaignId = campaign(null);
    Instant started = Instant.now();

    call(HttpMethod.POST, "/api/email-marketing/campaigns/" + campaignId + "/send", "{}")
        .andExpect(status().isAccepted());
    Map<String, Object> progress = awaitStatus(campaignId, "SENT");

    Duration took = Duration.between(started, Instant.now());
    assertThat(progress).containsEntry("sent", 10_000).containsEntry("audience", 10_000);
    List<MimeMessage> received = receivedHere();
    assertThat(received).hasSize(10_000);
    assertThat(received.stream().map(Audience::to).distinct()).hasSize(10_000);
    assertThat(
            mongo.count(
                Query.query(Criteria.where("campaignId").is(campaignId).and("status").is("SENT")),
                "campaign_deliveries"))
        .isEqualTo(10_000);
    // The audience snapshot goes once the campaign is sent.
    assertThat(mongo.count(new Query(), "campaign_audience_chunks")).isZero();
    assertThat(mongo.count(new Query(), "campaign_audiences")).isZero();
    System.out.printf("10,000 campaign mails delivered in %d ms%n", took.toMillis());
  }

  @Test
  void reportedBouncesAndComplaintsMarkTheirContactsOnceAndForgedReportsNothing() throws Exception {
    for (String name : List.of("ann", "bob", "cem")) {
      contact(name, "[]", null);
    }
    String campaignId = campaign(null);
    call(HttpMethod.POST, "/api/email-marketing/campaigns/" + campaignId + "/send", "{}")
        .andExpect(status().isAccepted());
    awaitStatus(campaignId, "SENT");
    Map<String, String> returned = new HashMap<>();
    for (MimeMessage mail : receivedHere()) {
      returned.put(
          Audience.to(mail).substring(0, 3),
          String.join("\r\n", Collections.list(mail.getAllHeaderLines())));
    }
    GreenMail server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    server.start();
    try {
      GreenMailUser bounces = server.setUser("bounces@mewayz.test", "bounces", "secret");
      deliver(bounces, dsn("ann@" + domain, "failed", "5.1.1", returned.get("ann")));
      deliver(bounces, dsn("bob@" + domain, "delayed", "4.4.1", returned.get("bob")));
      deliver(bounces, complaint(returned.get("cem")));
      // A report naming Ann's mail for another address, and mail that is no report at all.
      deliver(bounces, dsn("eve@" + domain, "failed", "5.1.1", returned.get("ann")));
      deliver(bounces, "From: bob@" + domain + "\r\nSubject: Out of office\r\n\r\nAway.");
      TestActivityEnvironment activities = TestActivityEnvironment.newInstance();
      activities.registerActivitiesImplementations(
          new BounceActivitiesImpl(
              new BounceMailbox(
                  "127.0.0.1", server.getImap().getPort(), "bounces", "secret", false, 300),
              mongo,
              deliveries,
              contacts,
              Clock.systemUTC()));
      BounceActivities mailbox = activities.newActivityStub(BounceActivities.class);

      assertThat(mailbox.readBounces()).isEqualTo(new BounceTotals(1, 1, 1, 2, 1));

      assertThat(contactByEmail("ann@" + domain).consent()).isEqualTo("bounced");
      assertThat(contactByEmail("bob@" + domain).consent()).isEqualTo("subscribed");
      assertThat(contactByEmail("cem@" + domain).consent()).isEqualTo("complained");
      call(HttpMethod.GET, "/api/email-marketing/campaigns/" + campaignId, null)
          .andExpect(jsonPath("$.data.progress.bounced").value(1))
          .andExpect(jsonPath("$.data.progress.complained").value(1));
      // Reports acted on are deleted; the rest stay for a person to read.
      assertThat(server.getReceivedMessages()).hasSize(2);

      // The same bounce reported again changes nothing more.
      deliver(bounces, dsn("ann@" + domain, "failed", "5.1.1", returned.get("ann")));
      assertThat(mailbox.readBounces()).isEqualTo(new BounceTotals(1, 0, 0, 0, 1));
      call(HttpMethod.GET, "/api/email-marketing/campaigns/" + campaignId, null)
          .andExpect(jsonPath("$.data.progress.bounced").value(1));
      assertThat(contactByEmail("ann@" + domain).consentHistory())
          .filteredOn(change -> change.source().equals("bounce"))
          .hasSize(1);
      activities.close();
    } finally {
      server.stop();
    }
  }

  private static String dsn(String recipient, String action, String code, String returned) {
    return """
        From: MAILER-DAEMON@mx.example.org\r
        Subject: Undelivered Mail Returned to Sender\r
        MIME-Version: 1.0\r
        Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r
        \r
        --r\r
        Content-Type: message/delivery-status\r
        \r
        Reporting-MTA: dns; mx.example.org\r
        \r
        Final-Recipient: rfc822; %s\r
        Action: %s\r
        Status: %s\r
        \r
        --r\r
        Content-Type: text/rfc822-headers\r
        \r
        %s\r
        --r--\r
        """
        .formatted(recipient, action, code, returned);
  }

  private static String complaint(String returned) {
    return """
        From: feedback@mailbox.example\r
        Subject: Abuse report\r
        MIME-Version: 1.0\r
        Content-Type: multipart/report; report-type=feedback-report; boundary="r"\r
        \r
        --r\r
        Content-Type: message/feedback-report\r
        \r
        Feedback-Type: abuse\r
        Version: 1\r
        \r
        --r\r
        Content-Type: message/rfc822\r
        \r
        %s\r
        \r
        Hi\r
        --r--\r
        """
        .formatted(returned);
  }

  private static void deliver(GreenMailUser mailbox, String raw) throws Exception {
    mailbox.deliver(
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
  }

  private Map<String, Object> awaitStatus(String campaignId, String wanted) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    Map<String, Object> last = null;
    while (Instant.now().isBefore(deadline)) {
      String body =
          call(HttpMethod.GET, "/api/email-marketing/campaigns/" + campaignId, null)
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (wanted.equals(JsonPath.read(body, "$.data.status"))) {
        last = JsonPath.read(body, "$.data.progress");
        return last == null ? Map.of() : last;
      }
      last = JsonPath.read(body, "$.data");
      Thread.sleep(100);
    }
    throw new AssertionError("Campaign stayed " + last);
  }

  private void awaitImport(String importId) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      String body =
          call(HttpMethod.GET, "/api/crm/imports/" + importId, null)
              .andReturn()
              .getResponse()
              .getContentAsString();
      if ("COMPLETED".equals(JsonPath.read(body, "$.data.status"))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Import " + importId + " did not complete");
  }

  private List<MimeMessage> receivedHere() {
    return Arrays.stream(mails.received())
        .filter(m -> Audience.to(m).endsWith("@" + domain))
        .toList();
  }

  private static String link(String html, String path) {
    Matcher m =
        Pattern.compile("(?:href|src)=\"(http[^\"]*" + Pattern.quote(path) + "[^\"]*)\"")
            .matcher(html);
    assertThat(m.find()).as("a link to %s", path).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  private Contact contactByEmail(String email) {
    return mongo.findOne(
        Query.query(Criteria.where("workspaceId").is(workspace).and("email").is(email)),
        Contact.class);
  }
}
