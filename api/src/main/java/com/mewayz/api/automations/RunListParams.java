package com.mewayz.api.automations;

import com.mewayz.api.web.ApiException;
import com.mewayz.domain.automations.RunFilter;
import com.mewayz.workflows.automations.RunStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The runs list's filters as query parameters ({@code ?status=FAILED&version=2&startedAfter=…}).
 * Bound as text and checked here, so a bad value is a 400 naming the parameter at fault.
 */
record RunListParams(
    String automationId, String status, String version, String startedAfter, String startedBefore) {
  private static final List<String> STATUSES =
      List.of(
          RunStatus.RUNNING,
          RunStatus.WAITING,
          RunStatus.COMPLETED,
          RunStatus.FAILED,
          RunStatus.CANCELLED);

  /** The filter, with {@code automationId} (a path's, or else the query's) deciding the scope. */
  RunFilter toFilter(String automationIdOrNull) {
    Instant after = instant("startedAfter", startedAfter);
    Instant before = instant("startedBefore", startedBefore);
    if (after != null && before != null && !after.isBefore(before)) {
      throw ApiException.invalid("startedBefore", "must be later than startedAfter");
    }
    return new RunFilter(
        blank(automationIdOrNull) ? null : automationIdOrNull,
        parsedStatus(),
        parsedVersion(),
        after,
        before);
  }

  private String parsedStatus() {
    if (blank(status)) {
      return null;
    }
    String upper = status.trim().toUpperCase(Locale.ROOT);
    if (!STATUSES.contains(upper)) {
      throw ApiException.invalid("status", "must be one of " + String.join(", ", STATUSES));
    }
    return upper;
  }

  private Integer parsedVersion() {
    if (blank(version)) {
      return null;
    }
    try {
      int parsed = Integer.parseInt(version.trim());
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // Answered below like a number out of range.
    }
    throw ApiException.invalid("version", "must be a version number (1 or more)");
  }

  private static Instant instant(String field, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(field, "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
