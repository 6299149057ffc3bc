package com.mewayz.api.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.social.SocialAccount;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Social accounts, posts and the queue through the API, with the real workflow and workers running
 * in real time: every post here is scheduled in the future (publishing is in {@link
 * SocialPublishingApiTest}).
 */
@ApiTest
class SocialApiTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired Clock clock;
  ApiClient api;
  Account owner;
  SocialCalls social;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("marketer");
    social = new SocialCalls(api, owner, api.createWorkspace(owner, "Social Co"));
  }

  /** The platform's clock, which other test classes of the shared context may have moved on. */
  private Instant now() {
    return clock.instant();
  }

  private Instant tomorrow() {
    return now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
  }

  @Test
  void accountsShowWhetherTheyAreConnectedAndNeverTheirToken() throws Exception {
    String x = social.xAccount("Mewayz on X");
    String linkedIn = social.linkedInAccount("Ada on LinkedIn", null);

    String list =
        social
            .call(HttpMethod.GET, "/api/social/accounts", null)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.data[0].state").value("CONNECTED"))
            .andExpect(jsonPath("$.data[0].connected").value(true))
            .andExpect(jsonPath("$.data[0].handle").value("mewayz"))
            .andExpect(jsonPath("$.data[0].tokenLast4").value("0001"))
            .andExpect(jsonPath("$.data[1].state").value("NOT_CONNECTED"))
            .andExpect(jsonPath("$.data[1].connected").value(false))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).doesNotContain(SocialCalls.X_TOKEN);
    SocialAccount stored = mongo.findById(x, SocialAccount.class);
    assertThat(stored.tokenSealed()).startsWith("v1:").doesNotContain(SocialCalls.X_TOKEN);

    social
        .call(
            HttpMethod.PUT,
            "/api/social/accounts/" + linkedIn + "/token",
            "{\"accessToken\": \"" + SocialCalls.LINKEDIN_TOKEN + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.state").value("CONNECTED"))
        .andExpect(jsonPath("$.data.accessToken").doesNotExist());
    social
        .call(HttpMethod.DELETE, "/api/social/accounts/" + x + "/token", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.state").value("NOT_CONNECTED"))
        .andExpect(jsonPath("$.data.tokenLast4").doesNotExist());
    assertThat(mongo.findById(x, SocialAccount.class).tokenSealed()).isNull();
    social
        .call(
            HttpMethod.POST,
            "/api/social/accounts",
            "{\"platform\": \"LINKEDIN\", \"displayName\": \"No author\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.authorUrn").exists());
  }

  @Test
  void badInputIsRefusedNamingTheFieldAtFault() throws Exception {
    String x = social.xAccount("X");
    String linkedIn = social.linkedInAccount("LinkedIn", SocialCalls.LINKEDIN_TOKEN);
    String offline = social.linkedInAccount("Offline", null);
    String when = SocialCalls.at(tomorrow());

    social
        .schedule("a".repeat(281), when, x, linkedIn)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("ValidationError"))
        .andExpect(jsonPath("$.details.text").value("is 281 characters; X allows 280"));
    // A link counts 23 on X whatever its length.
    social
        .schedule("a".repeat(250) + " https://example.com/" + "p".repeat(60), when, x)
        .andExpect(status().isCreated());
    social
        .schedule("b".repeat(3001), when, linkedIn)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.text").value("is 3001 characters; LinkedIn allows 3000"));
    social.schedule("b".repeat(3000), when, linkedIn).andExpect(status().isCreated());
    social
        .schedule("Hello", when, linkedIn, offline)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.details['accountIds[1]']")
                .value("LinkedIn account Offline is not connected"));
    social
        .schedule("Hello", when, "000000000000000000000000")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['accountIds[0]']").exists());
    social
        .schedule("Hello", SocialCalls.at(now().minus(Duration.ofHours(1))), x)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.scheduledAt").value("must not be in the past"));
    social
        .call(HttpMethod.POST, "/api/social/posts", "{\"text\": \"Hello\", \"accountIds\": []}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.accountIds").exists());
    social
        .schedule("Hello", SocialCalls.QUEUE, x)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.queue").exists());
    social
        .call(
            HttpMethod.PUT, "/api/social/queue", "{\"timeZone\": \"Mars/Olympus\", \"slots\": []}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.timeZone").exists());
  }

  @Test
  void aScheduledPostIsEditedRescheduledAndCancelledThroughItsWorkflow() throws Exception {
    String x = social.xAccount("X");
    String post = social.post("Frist draft", SocialCalls.at(tomorrow()), x);
    String path = "/api/social/posts/" + post;

    social
        .call(HttpMethod.GET, path, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("SCHEDULED"))
        .andExpect(jsonPath("$.data.liveStatus").value("SCHEDULED"))
        .andExpect(jsonPath("$.data.targets[0].platform").value("X"))
        .andExpect(jsonPath("$.data.targets[0].status").value("PENDING"));
    social
        .call(HttpMethod.PUT, path, "{\"text\": \"First draft\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.text").value("First draft"));
    social
        .call(HttpMethod.PUT, path, "{\"text\": \"" + "c".repeat(300) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.text").value("is 300 characters; X allows 280"));
    Instant later = tomorrow().plus(Duration.ofDays(2));
    social
        .call(HttpMethod.POST, path + "/reschedule", "{\"scheduledAt\": \"" + later + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.scheduledAt").value(later.toString()));
    social
        .call(HttpMethod.POST, path + "/reschedule", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.scheduledAt").exists());

    social
        .call(HttpMethod.POST, path + "/cancel", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("CANCELLED"));
    social
        .call(HttpMethod.POST, path + "/cancel", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value("The post is cancelled and can no longer change"));
    social
        .call(HttpMethod.GET, "/api/social/posts?status=CANCELLED", null)
        .andExpect(jsonPath("$.data.total").value(1))
        .andExpect(jsonPath("$.data.items[0].text").value("First draft"));
  }

  @Test
  void anAccountWithAScheduledPostCannotBeRemovedUntilThePostIsCancelled() throws Exception {
    String x = social.xAccount("X");
    String post = social.post("Soon", SocialCalls.at(tomorrow()), x);

    social
        .call(HttpMethod.DELETE, "/api/social/accounts/" + x, null)
        .andExpect(status().isConflict());
    social.call(HttpMethod.POST, "/api/social/posts/" + post + "/cancel", null);
    social.call(HttpMethod.DELETE, "/api/social/accounts/" + x, null).andExpect(status().isOk());
    social
        .call(HttpMethod.GET, "/api/social/accounts", null)
        .andExpect(jsonPath("$.data.length()").value(0));
  }

  @Test
  void anotherWorkspacesPostAndAccountAreNotFound() throws Exception {
    Account rival = api.register("rival");
    SocialCalls other = new SocialCalls(api, rival, api.createWorkspace(rival, "Rival Co"));
    String theirAccount = other.xAccount("Theirs");
    String theirPost = other.post("Theirs", SocialCalls.at(tomorrow()), theirAccount);
    String mine = social.xAccount("Mine");

    social
        .call(HttpMethod.GET, "/api/social/posts/" + theirPost, null)
        .andExpect(status().isNotFound());
    social
        .call(HttpMethod.PUT, "/api/social/posts/" + theirPost, "{\"text\": \"Mine now\"}")
        .andExpect(status().isNotFound());
    social
        .call(HttpMethod.POST, "/api/social/posts/" + theirPost + "/cancel", null)
        .andExpect(status().isNotFound());
    social
        .call(HttpMethod.DELETE, "/api/social/accounts/" + theirAccount + "/token", null)
        .andExpect(status().isNotFound());
    social
        .schedule("Through their account", SocialCalls.at(tomorrow()), mine, theirAccount)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['accountIds[1]']").exists());
    other
        .call(HttpMethod.GET, "/api/social/posts/" + theirPost, null)
        .andExpect(jsonPath("$.data.status").value("SCHEDULED"));
  }

  @Test
  void theQueuePlacesNewPostsInTheNextFreeWeeklySlotsInTheWorkspacesZone() throws Exception {
    String x = social.xAccount("X");
    social
        .call(
            HttpMethod.PUT,
            "/api/social/queue",
            """
            {"timeZone": "Europe/Paris", "slots": [
              {"day": "FRIDAY", "time": "09:00"}, {"day": "MONDAY", "time": "09:00"},
              {"day": "WEDNESDAY", "time": "09:00"}]}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.slots[0].day").value("MONDAY"))
        .andExpect(jsonPath("$.data.nextFreeSlots.length()").value(5));
    List<Instant> expected = nextSlots(now(), 4);

    List<String> posts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String answer =
          social
              .schedule("Queued " + i, SocialCalls.QUEUE, x)
              .andExpect(status().isCreated())
              .andExpect(jsonPath("$.data.fromQueue").value(true))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(Instant.parse(JsonPath.<String>read(answer, "$.data.scheduledAt")))
          .isEqualTo(expected.get(i));
      posts.add(JsonPath.read(answer, "$.data.id"));
    }
    social
        .call(HttpMethod.GET, "/api/social/queue", null)
        .andExpect(jsonPath("$.data.nextFreeSlots[0]").value(expected.get(3).toString()));

    social.call(HttpMethod.POST, "/api/social/posts/" + posts.get(0) + "/cancel", null);
    social
        .call(HttpMethod.GET, "/api/social/queue", null)
        .andExpect(jsonPath("$.data.nextFreeSlots[0]").value(expected.get(0).toString()));
    social
        .schedule("Takes the freed slot", SocialCalls.QUEUE, x)
        .andExpect(jsonPath("$.data.scheduledAt").value(expected.get(0).toString()));
  }

  /** Mondays, Wednesdays and Fridays at 09:00 in Paris, after {@code now}. */
  private static List<Instant> nextSlots(Instant now, int count) {
    Set<DayOfWeek> days = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    List<Instant> slots = new ArrayList<>();
    LocalDate day = now.atZone(PARIS).toLocalDate();
    while (slots.size() < count) {
      Instant at = ZonedDateTime.of(day, LocalTime.of(9, 0), PARIS).toInstant();
      if (days.contains(day.getDayOfWeek()) && at.isAfter(now)) {
        slots.add(at);
      }
      day = day.plusDays(1);
    }
    return slots;
  }
}
