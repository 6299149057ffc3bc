package com.mewayz.workflows.crm;

import com.mewayz.workflows.common.ActivityPolicies;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;

/** Names and timings of the contact import process, shared by the API, the worker and tests. */
public final class ContactImports {
  public static final String TASK_QUEUE = "crm";

  /** A chunk of 1,000 rows takes a second or two; a database down for hours is waited out. */
  static final ActivityOptions ACTIVITIES = ActivityPolicies.patient(Duration.ofMinutes(2));

  private ContactImports() {}

  public static String workflowId(String importId) {
    return "contact-import-" + importId;
  }
}
