package com.mewayz.workflows.bookings;

import com.mewayz.workflows.common.ActivityPolicies;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;
import java.util.List;

/** Names and defaults of the booking workflow, shared by the API, the worker and the tests. */
public final class Bookings {
  public static final String TASK_QUEUE = "bookings";

  /** Reminders a service sends when its owner names none: a day and an hour before. */
  public static final List<Integer> DEFAULT_REMINDER_OFFSETS_MINUTES = List.of(24 * 60, 60);

  /** The follow-up goes out this long after the event ends unless the service says otherwise. */
  public static final int DEFAULT_FOLLOW_UP_AFTER_MINUTES = 60;

  static final ActivityOptions ACTIVITIES =
      ActivityPolicies.patient(Duration.ofSeconds(30), FailureTypes.NOT_FOUND.type());

  private Bookings() {}

  public static String workflowId(String bookingId) {
    return "booking-" + bookingId;
  }
}
