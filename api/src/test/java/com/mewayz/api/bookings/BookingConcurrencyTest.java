package com.mewayz.api.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.bookings.TimeClaim;
import com.mewayz.domain.bookings.TimeClaims;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Customers racing for the same time on the public page, against the embedded MongoDB-protocol
 * server the platform runs on: the time claims must keep every slot to one booking there too.
 */
@ApiTest
class BookingConcurrencyTest {
  private static final String HOURS = BookingCalls.everyDay("UTC", "09:00", "13:00", "");

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  ApiClient api;
  BookingCalls studio;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    Account owner = api.register("host");
    studio = new BookingCalls(api, owner, api.createWorkspace(owner, "Busy studio"));
  }

  /** Sends every body to the public booking endpoint at once; the answers in order. */
  private List<MockHttpServletResponse> race(String serviceId, List<String> bodies)
      throws Exception {
    String path = "/api/booking/public/" + studio.workspaceId + "/" + serviceId + "/bookings";
    ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
    try {
      for (String body : bodies) {
        Callable<MockHttpServletResponse> book =
            () -> {
              go.await();
              return studio.customer(HttpMethod.POST, path, body).andReturn().getResponse();
            };
        answers.add(pool.submit(book));
      }
      go.countDown();
      List<MockHttpServletResponse> responses = new ArrayList<>();
      for (Future<MockHttpServletResponse> answer : answers) {
        responses.add(answer.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twentyCustomersBookingOneSlotAtOnceLeaveExactlyOneBooking() throws Exception {
    String service = studio.createService(BookingCalls.service("Portrait", 60, 60, 15, HOURS));
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      bodies.add(
          BookingCalls.bookBody(
              "2030-07-01T10:00:00Z", ApiClient.uniqueEmail("racer" + i), "Europe/Berlin"));
    }

    List<MockHttpServletResponse> answers = race(service, bodies);

    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201, 409);
    assertThat(answers.stream().filter(a -> a.getStatus() == 201)).hasSize(1);
    for (MockHttpServletResponse refused :
        answers.stream().filter(a -> a.getStatus() == 409).toList()) {
      String body = refused.getContentAsString();
      assertThat(JsonPath.<String>read(body, "$.error")).isEqualTo("Conflict");
      assertThat(JsonPath.<String>read(body, "$.message")).contains("just booked");
      assertThat(JsonPath.<String>read(body, "$.details.start")).isEqualTo("is no longer free");
    }
    studio
        .owner(HttpMethod.GET, "/api/booking/bookings", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.total").value(1));
    // The winner holds its hour and its quarter-hour buffer, 15 granules; the losers hold nothing.
    assertThat(
            mongo.count(
                Query.query(Criteria.where("workspaceId").is(studio.workspaceId)), TimeClaim.class))
        .isEqualTo(15);
  }

  @Test
  void claimsLeftByACrashAreTakenOverOnceStaleButNeverWhileFresh() {
    Instant tenOClock = Instant.parse("2030-07-03T10:00:00Z");
    Instant now = Instant.now();
    // A booking that took its time and died before its record was written.
    new TimeClaims(mongo, Clock.fixed(now, ZoneOffset.UTC))
        .claim("ws-crash", "host", "never-recorded", tenOClock, tenOClock.plusSeconds(3600));

    TimeClaims soon = new TimeClaims(mongo, Clock.fixed(now.plusSeconds(30), ZoneOffset.UTC));
    assertThat(soon.claim("ws-crash", "host", "b2", tenOClock, tenOClock.plusSeconds(1800)))
        .as("a claim 30 seconds old may still be recorded")
        .isFalse();
    TimeClaims later = new TimeClaims(mongo, Clock.fixed(now.plusSeconds(300), ZoneOffset.UTC));
    assertThat(later.claim("ws-crash", "host", "b2", tenOClock, tenOClock.plusSeconds(1800)))
        .isTrue();
    assertThat(later.held("ws-crash", "host", tenOClock, tenOClock.plusSeconds(3600), "b2"))
        .as("the rest of the dead claim, still held until someone needs it")
        .hasSize(6);
  }

  @Test
  void overlappingBookingsOfDifferentStartsRacingLeaveOnlyNonOverlappingOnes() throws Exception {
    // One-hour sessions every 15 minutes: 10:00, 10:15, 10:30 and 10:45 all overlap each other,
    // 11:00 overlaps all but 10:00.
    String service = studio.createService(BookingCalls.service("Session", 60, 15, 0, HOURS));
    List<String> starts = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (String start : new String[] {"10:00", "10:15", "10:30", "10:45", "11:00"}) {
        starts.add("2030-07-02T" + start + ":00Z");
      }
    }
    List<String> bodies =
        starts.stream()
            .map(s -> BookingCalls.bookBody(s, ApiClient.uniqueEmail("racer"), "UTC"))
            .toList();

    List<MockHttpServletResponse> answers = race(service, bodies);

    List<String> booked = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      assertThat(answers.get(i).getStatus()).isIn(201, 409);
      if (answers.get(i).getStatus() == 201) {
        booked.add(starts.get(i));
      }
    }
    assertThat(booked).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    if (booked.size() == 2) {
      assertThat(booked).containsExactlyInAnyOrder("2030-07-02T10:00:00Z", "2030-07-02T11:00:00Z");
    }
  }
}
