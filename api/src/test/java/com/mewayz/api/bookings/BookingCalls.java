package com.mewayz.api.bookings;

import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/** The booking calls tests make, as an owner of one workspace and as a customer without account. */
final class BookingCalls {
  private final ApiClient api;
  private final Account owner;
  final String workspaceId;

  BookingCalls(ApiClient api, Account owner, String workspaceId) {
    this.api = api;
    this.owner = owner;
    this.workspaceId = workspaceId;
  }

  /** Every day of the week open {@code start} to {@code end} in {@code zone}. */
  static String everyDay(String zone, String start, String end, String exceptions) {
    StringBuilder weekly = new StringBuilder();
    for (String day :
        new String[] {
          "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
        }) {
      if (!weekly.isEmpty()) {
        weekly.append(", ");
      }
      weekly.append(
          "{\"day\": \"%s\", \"start\": \"%s\", \"end\": \"%s\"}".formatted(day, start, end));
    }
    return "{\"timeZone\": \"%s\", \"weekly\": [%s], \"exceptions\": [%s]}"
        .formatted(zone, weekly, exceptions);
  }

  static String service(String name, int duration, int step, int bufferAfter, String availability) {
    return """
        {"name": "%s", "durationMinutes": %d, "slotStepMinutes": %d, "bufferAfterMinutes": %d,
         "priceMinor": 5000, "currency": "EUR", "published": true, "availability": %s}
        """
        .formatted(name, duration, step, bufferAfter, availability);
  }

  String createService(String json) throws Exception {
    return ApiClient.read(
        owner(HttpMethod.POST, "/api/booking/services", json)
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                    .isCreated()),
        "$.data.id");
  }

  ResultActions owner(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspaceId, method, path, owner, json);
  }

  ResultActions customer(HttpMethod method, String path, String json) throws Exception {
    return api.perform(method, path, null, json);
  }

  static String bookBody(String start, String email, String zone) {
    return """
        {"start": "%s", "customerName": "Ana Lima", "customerEmail": "%s",
         "customerTimeZone": "%s"}
        """
        .formatted(start, email, zone);
  }

  /** The token of the customer's signed link in a mail's text. */
  static String manageToken(String text) {
    Matcher matcher = Pattern.compile("/my-booking/([A-Za-z0-9._-]+)").matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("No booking link in: " + text);
    }
    return matcher.group(1);
  }
}
