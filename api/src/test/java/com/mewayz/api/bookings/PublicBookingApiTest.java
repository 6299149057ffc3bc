package com.mewayz.api.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.events.PlatformEvent;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The customer's side without an account: the published service's page by workspace slug, booking,
 * the confirmation with its calendar invitation, then moving and cancelling through the signed link
 * of the mail, with the real reminder workflow running.
 */
@ApiTest
class PublicBookingApiTest {
  private static final String HOURS = BookingCalls.everyDay("Europe/Paris", "09:00", "17:00", "");

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  ApiClient api;
  BookingCalls studio;
  String slug;
  String service;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    Account owner = api.register("host");
    studio = new BookingCalls(api, owner, api.createWorkspace(owner, "Lima Studio"));
    slug =
        ApiClient.read(
            api.perform(
                HttpMethod.GET,
                "/api/multi-workspace/workspaces/" + studio.workspaceId,
                owner,
                null),
            "$.data.slug");
    service = studio.createService(BookingCalls.service("Portrait session", 60, 60, 0, HOURS));
  }

  @Test
  void aCustomerBooksMovesAndCancelsWithoutAnAccount() throws Exception {
    String page = "/api/booking/public/" + slug + "/" + service;
    studio
        .customer(HttpMethod.GET, page, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.workspaceName").value("Lima Studio"))
        .andExpect(jsonPath("$.data.timeZone").value("Europe/Paris"))
        .andExpect(
            jsonPath("$.data.bookingUrl")
                .value("http://localhost:8080/book/" + slug + "/" + service));
    studio
        .customer(
            HttpMethod.GET,
            page
                + "/slots?from=2030-06-03T00:00:00Z&to=2030-06-04T00:00:00Z&timeZone=America/New_York",
            null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.slots.length()").value(8))
        .andExpect(jsonPath("$.data.slots[0].local").value("2030-06-03T03:00:00"));

    String email = ApiClient.uniqueEmail("ana");
    studio
        .customer(
            HttpMethod.POST,
            page + "/bookings",
            BookingCalls.bookBody("2030-06-03T08:00:00Z", email, "America/New_York"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.data.changeable").value(true));

    ReceivedMail confirmation =
        api.awaitMail(
            email, "Booked: Portrait session, Monday 3 June 2030 at 04:00 (America/New_York)");
    String token = BookingCalls.manageToken(confirmation.text());
    assertThat(confirmation.text()).contains("?action=reschedule", "?action=cancel");
    String invite = calendarOf(email, "Booked:");
    assertThat(invite)
        .contains(
            "METHOD:REQUEST",
            "UID:booking-",
            "SEQUENCE:0",
            "DTSTART:20300603T080000Z",
            "DTEND:20300603T090000Z",
            "STATUS:CONFIRMED")
        .contains("\r\n");
    String uid = line(invite, "UID:");
    awaitEvent("booking.created");

    studio
        .customer(HttpMethod.GET, "/api/booking/public/manage/" + token, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.serviceName").value("Portrait session"))
        .andExpect(jsonPath("$.data.customerTimeZone").value("America/New_York"));
    // Its own hour counts as free for a move.
    studio
        .customer(
            HttpMethod.GET,
            "/api/booking/public/manage/"
                + token
                + "/slots?from=2030-06-03T08:00:00Z&to=2030-06-03T09:00:00Z",
            null)
        .andExpect(jsonPath("$.data.slots[0].start").value("2030-06-03T08:00:00Z"));
    studio
        .customer(
            HttpMethod.POST,
            "/api/booking/public/manage/" + token + "/reschedule",
            "{\"start\": \"2030-06-04T13:00:00Z\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.startAt").value("2030-06-04T13:00:00Z"));
    api.awaitMail(
        email, "Moved: Portrait session, now Tuesday 4 June 2030 at 09:00 (America/New_York)");
    String moved = calendarOf(email, "Moved:");
    assertThat(moved).contains("METHOD:REQUEST", "SEQUENCE:1", "DTSTART:20300604T130000Z");
    assertThat(line(moved, "UID:")).isEqualTo(uid);
    awaitEvent("booking.rescheduled");

    studio
        .customer(HttpMethod.POST, "/api/booking/public/manage/" + token + "/cancel", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("CANCELLED"))
        .andExpect(jsonPath("$.data.changeable").value(false));
    api.awaitMail(email, "Cancelled: Portrait session");
    String cancelled = calendarOf(email, "Cancelled:");
    assertThat(cancelled).contains("METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED");
    assertThat(line(cancelled, "UID:")).isEqualTo(uid);
    awaitEvent("booking.cancelled");
    studio
        .customer(
            HttpMethod.POST,
            "/api/booking/public/manage/" + token + "/reschedule",
            "{\"start\": \"2030-06-05T13:00:00Z\"}")
        .andExpect(status().isConflict());
    studio
        .owner(HttpMethod.GET, "/api/booking/bookings?status=CANCELLED", null)
        .andExpect(jsonPath("$.data.items[0].cancelledBy").value("customer"));
  }

  @Test
  void aForgedLinkAndAnUnpublishedServiceAreNotFound() throws Exception {
    String email = ApiClient.uniqueEmail("ana");
    String page = "/api/booking/public/" + studio.workspaceId + "/" + service;
    String id =
        JsonPath.read(
            studio
                .customer(
                    HttpMethod.POST,
                    page + "/bookings",
                    BookingCalls.bookBody("2030-06-03T08:00:00Z", email, "UTC"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.data.id");

    studio
        .customer(HttpMethod.GET, "/api/booking/public/manage/" + id + ".forged", null)
        .andExpect(status().isNotFound());
    studio
        .customer(HttpMethod.POST, "/api/booking/public/manage/" + id + "/cancel", null)
        .andExpect(status().isNotFound());
    studio
        .customer(
            HttpMethod.POST,
            page + "/bookings",
            BookingCalls.bookBody("2030-06-03T08:00:00Z", ApiClient.uniqueEmail("bo"), "UTC"))
        .andExpect(status().isConflict());
    studio
        .customer(HttpMethod.POST, page + "/bookings", "{\"start\": \"2030-06-03T09:00:00Z\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.customerEmail").exists());

    String unpublished =
        studio.createService(
            BookingCalls.service("Draft", 60, 60, 0, HOURS)
                .replace("\"published\": true", "\"published\": false"));
    studio
        .customer(HttpMethod.GET, "/api/booking/public/" + slug + "/" + unpublished, null)
        .andExpect(status().isNotFound());
    studio
        .customer(HttpMethod.GET, "/api/booking/public/no-such-workspace/" + service, null)
        .andExpect(status().isNotFound());
    studio
        .customer(HttpMethod.GET, "/api/booking/public/" + slug + "/draft", null)
        .andExpect(status().isNotFound());
  }

  @Test
  void aServiceIsFoundByItsSlugTooAndASecondOfTheSameNameGetsAnotherSlug() throws Exception {
    studio
        .customer(HttpMethod.GET, "/api/booking/public/" + slug + "/portrait-session", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.id").value(service))
        .andExpect(jsonPath("$.data.slug").value("portrait-session"));
    String twin = studio.createService(BookingCalls.service("Portrait session", 30, 30, 0, HOURS));
    String twinSlug =
        ApiClient.read(
            studio.owner(HttpMethod.GET, "/api/booking/services/" + twin, null), "$.data.slug");
    assertThat(twinSlug).startsWith("portrait-session-").isNotEqualTo("portrait-session");
    studio
        .customer(
            HttpMethod.GET,
            "/api/booking/public/"
                + slug
                + "/"
                + twinSlug
                + "/slots?from=2030-06-03T00:00:00Z&to=2030-06-04T00:00:00Z",
            null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.slots.length()").value(16));
  }

  /** The text/calendar part of the newest mail to {@code to} whose subject starts so. */
  private String calendarOf(String to, String subjectStart) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mails.received()) {
      if (message.getAllRecipients()[0].toString().equals(to)
          && message.getSubject().startsWith(subjectStart)) {
        found.add(message);
      }
    }
    assertThat(found).as("mails to %s starting %s", to, subjectStart).isNotEmpty();
    String calendar = calendarPart(found.get(found.size() - 1));
    assertThat(calendar).as("calendar part").isNotNull();
    return calendar;
  }

  private static String calendarPart(Part part) throws Exception {
    if (part.isMimeType("text/calendar")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      part.getDataHandler().writeTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = calendarPart(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String line(String ics, String prefix) {
    return ics.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }

  private void awaitEvent(String type) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    Query query =
        Query.query(Criteria.where("workspaceId").is(studio.workspaceId).and("type").is(type));
    while (Instant.now().isBefore(deadline)) {
      if (mongo.exists(query, PlatformEvent.class)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("No " + type + " event was emitted");
  }
}
