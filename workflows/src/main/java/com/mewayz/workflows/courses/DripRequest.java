package com.mewayz.workflows.courses;

/**
 * Input of {@link CourseDripWorkflow}. Fields may be added, never removed or renamed: recorded
 * histories carry them.
 *
 * @param timeZone the student's IANA time zone ({@code America/New_York}): every local date and
 *     time of the release rules is read in it
 * @param enrolledAtMillis when the student enrolled (epoch milliseconds), as recorded on the
 *     enrolment; day counts start from its local date in {@code timeZone}
 */
public record DripRequest(
    String enrollmentId,
    String workspaceId,
    String courseId,
    String timeZone,
    long enrolledAtMillis) {}
