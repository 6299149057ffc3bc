package com.mewayz.workflows.courses;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * Side effects of an enrolment on the platform: the course as it is now, the enrolment record,
 * mails and events. Every method is idempotent under the key its Javadoc names, so Temporal may
 * retry any of them. An enrolment or course that no longer exists fails with {@code NOT_FOUND}, not
 * retryable.
 */
@ActivityInterface
public interface CourseActivities {

  /** The course's modules as they are now, in order, with their release rules. Reads only. */
  DripSchedule schedule(String enrollmentId);

  /**
   * Releases {@code moduleIds} to the student at {@code releasedAtMillis}: records each release on
   * the enrolment (once: a module already released keeps its first time), publishes {@code
   * course.module_released} per module under the event id {@code
   * {workspaceId}:enrollment:{enrollmentId}:course.module_released:{moduleId}}, then mails the
   * student one mail naming them all, with the course link, under the mail key {@code
   * enrollment:{enrollmentId}:release:{first moduleId}} (a module is released once, so the key of a
   * batch is unique). Records before mailing, so the link in the mail already opens the modules.
   */
  void release(String enrollmentId, List<String> moduleIds, long releasedAtMillis);

  /** Sets the enrolment record's status as of {@code atMillis}. Repeating it changes nothing. */
  void updateStatus(String enrollmentId, EnrollmentStatus status, long atMillis);

  /**
   * Sends the enrolment's mail of {@code kind} at most once, under the mail key {@code
   * enrollment:{enrollmentId}:{kind}}. A mail server that is down is retryable.
   */
  void sendMail(String enrollmentId, CourseMailKind kind);

  /**
   * Emits {@code type} ({@code course.enrolled}, {@code course.completed}) for automations, under
   * the event id {@code {workspaceId}:enrollment:{enrollmentId}:{type}}: a retried emit starts no
   * automation twice.
   */
  void emit(String enrollmentId, String type);
}
