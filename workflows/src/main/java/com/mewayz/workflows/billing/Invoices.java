package com.mewayz.workflows.billing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** Names and timings of the invoice process, shared by the API, the worker and the tests. */
public final class Invoices {
  public static final String TASK_QUEUE = "billing";

  /** Rungs and final actions run at this time of their day, UTC: office hours, not midnight. */
  public static final LocalTime ACTION_TIME = LocalTime.of(9, 0);

  /**
   * How long an invoice still waits for a late payment once its ladder and final actions are over.
   * Past that the workflow ends and the invoice record keeps its status.
   */
  public static final Duration COLLECTION_WINDOW = Duration.ofDays(365);

  private Invoices() {}

  public static String workflowId(String invoiceId) {
    return "invoice-" + invoiceId;
  }

  /** The instant an invoice due on {@code dueDate} becomes overdue: the next day starts, UTC. */
  public static long overdueAt(String dueDate) {
    return LocalDate.parse(dueDate)
        .plusDays(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .toEpochMilli();
  }

  /** When the step of {@code day} days after the due date runs, before any pause shifted it. */
  public static long actionAt(String dueDate, int day) {
    return LocalDate.parse(dueDate)
        .plusDays(day)
        .atTime(ACTION_TIME)
        .toInstant(ZoneOffset.UTC)
        .toEpochMilli();
  }
}
