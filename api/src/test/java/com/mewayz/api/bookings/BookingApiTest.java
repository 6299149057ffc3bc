package com.mewayz.api.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MutableClock;
import com.mewayz.domain.common.Hashes;
import com.mewayz.domain.idempotency.IdempotencyRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Services and slot search through the API: validation naming the field, workspace isolation, and
 * free times computed from weekly hours, exceptions, buffers, existing bookings and the host's time
 * zone across daylight-saving changes. The dates are in 2030, always ahead.
 */
@ApiTest
class BookingApiTest {
  private static final String UTC_HOURS = BookingCalls.everyDay("UTC", "09:00", "13:00", "");

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired MutableClock clock;
  ApiClient api;
  BookingCalls studio;
  BookingCalls other;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    Account owner = api.register("host");
    studio = new BookingCalls(api, owner, api.createWorkspace(owner, "Studio"));
    Account rival = api.register("rival");
    other = new BookingCalls(api, rival, api.createWorkspace(rival, "Rival"));
  }

  private List<String> slots(BookingCalls as, String serviceId, String query) throws Exception {
    String body =
        as.owner(HttpMethod.GET, "/api/booking/services/" + serviceId + "/slots?" + query, null)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.data.slots[*].start");
  }

  @Test
  void badServicesAreRefusedNamingTheFieldAtFault() throws Exception {
    String good = BookingCalls.service("Portrait", 60, 60, 0, UTC_HOURS);
    assertRefused(good.replace("\"Portrait\"", "\"\""), "name");
    assertRefused(
        good.replace("\"durationMinutes\": 60", "\"durationMinutes\": 7"), "durationMinutes");
    assertRefused(good.replace("\"currency\": \"EUR\"", "\"currency\": \"euro\""), "currency");
    assertRefused(
        BookingCalls.service(
            "P", 60, 60, 0, BookingCalls.everyDay("Mars/Olympus", "09:00", "13:00", "")),
        "availability.timeZone");
    assertRefused(
        BookingCalls.service("P", 60, 60, 0, BookingCalls.everyDay("UTC", "13:00", "09:00", "")),
        "availability.weekly[0].end");
    assertRefused(
        BookingCalls.service("P", 60, 60, 0, BookingCalls.everyDay("UTC", "09:07", "13:00", "")),
        "availability.weekly[0].start");
    assertRefused(
        BookingCalls.service(
            "P",
            60,
            60,
            0,
            BookingCalls.everyDay(
                "UTC", "09:00", "13:00", "{\"date\": \"2030-02-31\", \"hours\": []}")),
        "availability.exceptions[0].date");
  }

  private void assertRefused(String json, String field) throws Exception {
    studio
        .owner(HttpMethod.POST, "/api/booking/services", json)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("ValidationError"))
        .andExpect(jsonPath("$.details['" + field + "']").exists());
  }

  @Test
  void aRetryOfAnAttemptThatDiedAfterBookingAnswersWithThatBooking() throws Exception {
    Account host = api.register("host");
    String workspace = api.createWorkspace(host, "Retry Studio");
    String service =
        new BookingCalls(api, host, workspace)
            .createService(BookingCalls.service("Portrait", 60, 60, 0, UTC_HOURS));
    String path = "/api/booking/services/" + service + "/bookings";
    String body =
        BookingCalls.bookBody("2030-06-03T09:00:00Z", ApiClient.uniqueEmail("ana"), "UTC");
    Map<String, String> keyed = Map.of("X-Workspace-Id", workspace, "Idempotency-Key", "died");
    String first =
        ApiClient.read(
            api.perform(HttpMethod.POST, path, host, body, keyed).andExpect(status().isCreated()),
            "$.data.id");
    // As if the api died after booking and before storing its answer.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(Hashes.sha256(host.id() + "|" + path + "|died"))),
        new Update().set("completed", false),
        IdempotencyRecord.class);
    clock.advance(Duration.ofSeconds(61));

    api.perform(HttpMethod.POST, path, host, body, keyed)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.id").value(first));
    assertThat(mongo.count(Query.query(Criteria.where("serviceId").is(service)), "bookings"))
        .isEqualTo(1);
  }

  @Test
  void badBookingsAreRefusedNamingTheFieldAtFault() throws Exception {
    String service = studio.createService(BookingCalls.service("Portrait", 60, 60, 0, UTC_HOURS));
    String path = "/api/booking/services/" + service + "/bookings";
    String email = ApiClient.uniqueEmail("ana");
    studio
        .owner(
            HttpMethod.POST,
            path,
            BookingCalls.bookBody("2030-06-03T09:00:00Z", "not-an-email", "UTC"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.customerEmail").exists());
    studio
        .owner(
            HttpMethod.POST,
            path,
            BookingCalls.bookBody("2030-06-03T09:00:00Z", email, "Nowhere/City"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.customerTimeZone").exists());
    studio
        .owner(HttpMethod.POST, path, BookingCalls.bookBody("2030-06-03T09:30:00Z", email, "UTC"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.start").value("is not one of the service's times"));
    studio
        .owner(HttpMethod.POST, path, BookingCalls.bookBody("2030-06-03T14:00:00Z", email, "UTC"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.start").exists());
    studio
        .owner(HttpMethod.POST, path, BookingCalls.bookBody("2020-06-01T09:00:00Z", email, "UTC"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.start").value("is in the past"));
    studio
        .owner(HttpMethod.POST, path, "{\"customerName\": \"Ana\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.start").exists());
  }

  @Test
  void anotherWorkspacesServicesAndBookingsAreNotFound() throws Exception {
    String service = studio.createService(BookingCalls.service("Portrait", 60, 60, 0, UTC_HOURS));
    String booking =
        ApiClient.read(
            studio.owner(
                HttpMethod.POST,
                "/api/booking/services/" + service + "/bookings",
                BookingCalls.bookBody("2030-06-03T10:00:00Z", ApiClient.uniqueEmail("ana"), "UTC")),
            "$.data.id");

    other
        .owner(HttpMethod.GET, "/api/booking/services/" + service, null)
        .andExpect(status().isNotFound());
    other
        .owner(HttpMethod.GET, "/api/booking/bookings/" + booking, null)
        .andExpect(status().isNotFound());
    other
        .owner(HttpMethod.POST, "/api/booking/bookings/" + booking + "/cancel", null)
        .andExpect(status().isNotFound());
    other
        .owner(HttpMethod.GET, "/api/booking/bookings", null)
        .andExpect(jsonPath("$.data.total").value(0));
    studio
        .owner(HttpMethod.GET, "/api/booking/bookings/" + booking, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.data.live.reminders.length()").value(2));
  }

  @Test
  void slotsFollowTheWeeklyHoursAndTheExceptionsInTheHostsZone() throws Exception {
    // Paris is UTC+2 in June: 09:00-12:00 local is 07:00-10:00 UTC. Tuesday 4 June is closed,
    // Wednesday 5 June opens 14:00-16:00 instead.
    String hours =
        """
        {"timeZone": "Europe/Paris",
         "weekly": [{"day": "MONDAY", "start": "09:00", "end": "12:00"},
                    {"day": "TUESDAY", "start": "09:00", "end": "12:00"},
                    {"day": "WEDNESDAY", "start": "09:00", "end": "12:00"}],
         "exceptions": [{"date": "2030-06-04", "hours": []},
                        {"date": "2030-06-05", "hours": [{"start": "14:00", "end": "16:00"}]}]}
        """;
    String service = studio.createService(BookingCalls.service("Lesson", 60, 60, 0, hours));

    assertThat(slots(studio, service, "from=2030-06-03T00:00:00Z&to=2030-06-07T00:00:00Z"))
        .containsExactly(
            "2030-06-03T07:00:00Z",
            "2030-06-03T08:00:00Z",
            "2030-06-03T09:00:00Z",
            "2030-06-05T12:00:00Z",
            "2030-06-05T13:00:00Z");
    studio
        .owner(
            HttpMethod.GET,
            "/api/booking/services/"
                + service
                + "/slots?from=2030-06-03T00:00:00Z&to=2030-06-04T00:00:00Z&timeZone=America/New_York",
            null)
        .andExpect(jsonPath("$.data.timeZone").value("America/New_York"))
        .andExpect(jsonPath("$.data.slots[0].local").value("2030-06-03T03:00:00"))
        .andExpect(jsonPath("$.data.slots[0].end").value("2030-06-03T08:00:00Z"));
  }

  @Test
  void slotsKeepTheHostsWallClockAcrossTheDaylightSavingChange() throws Exception {
    // New York moves its clocks forward at 02:00 on Sunday 10 March 2030. On that day the
    // exception opens 01:00-04:00 local, which lasts only two real hours.
    String hours =
        BookingCalls.everyDay(
            "America/New_York",
            "09:00",
            "11:00",
            "{\"date\": \"2030-03-10\", \"hours\": [{\"start\": \"01:00\", \"end\": \"04:00\"}]}");
    String service = studio.createService(BookingCalls.service("Call", 60, 60, 0, hours));

    assertThat(slots(studio, service, "from=2030-03-09T00:00:00Z&to=2030-03-12T00:00:00Z"))
        .containsExactly(
            "2030-03-09T14:00:00Z", // 09:00 EST
            "2030-03-09T15:00:00Z",
            "2030-03-10T06:00:00Z", // 01:00 EST
            "2030-03-10T07:00:00Z", // 03:00 EDT: 02:00 never happened
            "2030-03-11T13:00:00Z", // 09:00 EDT
            "2030-03-11T14:00:00Z");
  }

  @Test
  void bookingsAndTheirBuffersTakeTheirTimeOutOfTheSlots() throws Exception {
    // 60-minute sessions every 30 minutes with 30 minutes to tidy up after each.
    String service = studio.createService(BookingCalls.service("Massage", 60, 30, 30, UTC_HOURS));
    String day = "from=2030-06-03T00:00:00Z&to=2030-06-04T00:00:00Z";
    assertThat(slots(studio, service, day)).hasSize(7); // 09:00 to 12:00 every half hour

    studio
        .owner(
            HttpMethod.POST,
            "/api/booking/services/" + service + "/bookings",
            BookingCalls.bookBody("2030-06-03T10:00:00Z", ApiClient.uniqueEmail("ana"), "UTC"))
        .andExpect(status().isCreated());

    // 10:00-11:00 plus the buffer to 11:30 is taken; 09:00 and 09:30 would run into it (with
    // their own buffers), 11:30 is the first free start after it.
    assertThat(slots(studio, service, day))
        .containsExactly("2030-06-03T11:30:00Z", "2030-06-03T12:00:00Z");
  }

  @Test
  void overlappingBookingsConflictWhateverTheirStartsAndDurations() throws Exception {
    String long60 = studio.createService(BookingCalls.service("Long", 60, 30, 0, UTC_HOURS));
    String short30 = studio.createService(BookingCalls.service("Short", 30, 15, 0, UTC_HOURS));
    studio
        .owner(
            HttpMethod.POST,
            "/api/booking/services/" + long60 + "/bookings",
            BookingCalls.bookBody("2030-06-03T10:00:00Z", ApiClient.uniqueEmail("a"), "UTC"))
        .andExpect(status().isCreated());

    // The same service half an hour later, and another service of the same host inside it.
    studio
        .owner(
            HttpMethod.POST,
            "/api/booking/services/" + long60 + "/bookings",
            BookingCalls.bookBody("2030-06-03T10:30:00Z", ApiClient.uniqueEmail("b"), "UTC"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.start").value("is no longer free"));
    studio
        .owner(
            HttpMethod.POST,
            "/api/booking/services/" + short30 + "/bookings",
            BookingCalls.bookBody("2030-06-03T10:45:00Z", ApiClient.uniqueEmail("c"), "UTC"))
        .andExpect(status().isConflict());
    // Back to back is fine.
    studio
        .owner(
            HttpMethod.POST,
            "/api/booking/services/" + short30 + "/bookings",
            BookingCalls.bookBody("2030-06-03T11:00:00Z", ApiClient.uniqueEmail("d"), "UTC"))
        .andExpect(status().isCreated());
    assertThat(slots(studio, short30, "from=2030-06-03T09:30:00Z&to=2030-06-03T11:30:00Z"))
        .containsExactly("2030-06-03T09:30:00Z");
  }

  @Test
  void theOwnerMovesAndCancelsABookingAndItsTimeFollows() throws Exception {
    String service = studio.createService(BookingCalls.service("Portrait", 60, 60, 0, UTC_HOURS));
    String email = ApiClient.uniqueEmail("ana");
    String booking =
        ApiClient.read(
            studio.owner(
                HttpMethod.POST,
                "/api/booking/services/" + service + "/bookings",
                BookingCalls.bookBody("2030-06-03T10:00:00Z", email, "Europe/Lisbon")),
            "$.data.id");
    String day = "from=2030-06-03T00:00:00Z&to=2030-06-04T00:00:00Z";
    api.awaitMail(email, "Booked: Portrait");

    studio
        .owner(
            HttpMethod.POST,
            "/api/booking/bookings/" + booking + "/reschedule",
            "{\"start\": \"2030-06-03T12:00:00Z\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.startAt").value("2030-06-03T12:00:00Z"))
        .andExpect(jsonPath("$.data.sequence").value(1))
        .andExpect(jsonPath("$.data.live.reminders[0].dueAtMillis").value(1906632000000L));
    assertThat(slots(studio, service, day))
        .containsExactly("2030-06-03T09:00:00Z", "2030-06-03T10:00:00Z", "2030-06-03T11:00:00Z");
    api.awaitMail(email, "Moved: Portrait, now Monday 3 June 2030 at 13:00 (Europe/Lisbon)");

    studio
        .owner(HttpMethod.POST, "/api/booking/bookings/" + booking + "/cancel", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("CANCELLED"));
    assertThat(slots(studio, service, day)).hasSize(4);
    api.awaitMail(email, "Cancelled: Portrait");
    studio
        .owner(HttpMethod.POST, "/api/booking/bookings/" + booking + "/cancel", null)
        .andExpect(status().isConflict());
    studio
        .owner(HttpMethod.GET, "/api/booking/bookings?status=CANCELLED", null)
        .andExpect(jsonPath("$.data.items[0].id").value(booking));
  }
}
