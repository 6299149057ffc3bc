package com.mewayz.workflows.crm;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Names and timings of the contact import process, shared by the API, the worker and tests. */
public final class ContactImports {
  public static final String TASK_QUEUE = "crm";

  /** A chunk of 1,000 rows takes a second or two; a database down for hours is waited out. */
  static final ActivityOptions ACTIVITIES =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofMinutes(2))
          .setScheduleToCloseTimeout(Duration.ofDays(1))
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setInitialInterval(Duration.ofSeconds(1))
                  .setMaximumInterval(Duration.ofMinutes(5))
                  .build())
          .build();

  private ContactImports() {}

  public static String workflowId(String importId) {
    return "contact-import-" + importId;
  }
}
