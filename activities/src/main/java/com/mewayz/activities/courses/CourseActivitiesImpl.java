package com.mewayz.activities.courses;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.activities.mail.Mailer;
import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.CourseRepository;
import com.mewayz.domain.courses.Enrollment;
import com.mewayz.domain.courses.EnrollmentLinks;
import com.mewayz.domain.courses.EnrollmentStore;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.workflows.common.FailureTypes;
import com.mewayz.workflows.courses.CourseActivities;
import com.mewayz.workflows.courses.CourseMailKind;
import com.mewayz.workflows.courses.DripSchedule;
import com.mewayz.workflows.courses.DripSchedule.ScheduledModule;
import com.mewayz.workflows.courses.EnrollmentStatus;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class CourseActivitiesImpl implements CourseActivities {
  private final EnrollmentStore enrollments;
  private final CourseRepository courses;
  private final EnrollmentLinks links;
  private final CourseMails mails;
  private final Mailer mailer;
  private final EventDispatcher events;
  private final Clock clock;

  public CourseActivitiesImpl(
      EnrollmentStore enrollments,
      CourseRepository courses,
      EnrollmentLinks links,
      CourseMails mails,
      Mailer mailer,
      EventDispatcher events,
      Clock clock) {
    this.enrollments = enrollments;
    this.courses = courses;
    this.links = links;
    this.mails = mails;
    this.mailer = mailer;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public DripSchedule schedule(String enrollmentId) {
    Course course = courseOf(load(enrollmentId));
    return new DripSchedule(
        course.modules().stream().map(m -> new ScheduledModule(m.id(), m.releaseRule())).toList());
  }

  @Override
  public void release(String enrollmentId, List<String> moduleIds, long releasedAtMillis) {
    Enrollment enrollment = load(enrollmentId);
    Course course = courseOf(enrollment);
    enrollments.recordRelease(enrollmentId, moduleIds, Instant.ofEpochMilli(releasedAtMillis));
    for (String moduleId : moduleIds) {
      Map<String, Object> data = data(enrollment, course);
      data.put("moduleId", moduleId);
      data.put("moduleTitle", course.module(moduleId).map(Course.Module::title).orElse(null));
      publish(enrollment, "course.module_released", ":" + moduleId, data);
    }
    mailer.send(
        "enrollment:" + enrollmentId + ":release:" + moduleIds.get(0),
        mails.released(enrollment, course, moduleIds, links.linkFor(enrollmentId)));
  }

  @Override
  public void updateStatus(String enrollmentId, EnrollmentStatus status, long atMillis) {
    enrollments.updateStatus(enrollmentId, status, Instant.ofEpochMilli(atMillis));
  }

  @Override
  public void sendMail(String enrollmentId, CourseMailKind kind) {
    Enrollment enrollment = load(enrollmentId);
    mailer.send(
        "enrollment:" + enrollmentId + ":" + kind,
        mails.render(kind, enrollment, courseOf(enrollment), links.linkFor(enrollmentId)));
  }

  @Override
  public void emit(String enrollmentId, String type) {
    Enrollment enrollment = load(enrollmentId);
    publish(enrollment, type, "", data(enrollment, courseOf(enrollment)));
  }

  private void publish(
      Enrollment enrollment, String type, String idSuffix, Map<String, Object> data) {
    events.publish(
        new PlatformEvent(
            enrollment.workspaceId() + ":enrollment:" + enrollment.id() + ":" + type + idSuffix,
            enrollment.workspaceId(),
            type,
            enrollment.id(),
            data,
            clock.instant()));
  }

  private static Map<String, Object> data(Enrollment enrollment, Course course) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("enrollmentId", enrollment.id());
    data.put("courseId", course.id());
    data.put("courseTitle", course.title());
    data.put("studentEmail", enrollment.studentEmail());
    data.put("studentName", enrollment.studentName());
    data.put("timeZone", enrollment.timeZone());
    return data;
  }

  private Enrollment load(String enrollmentId) {
    return enrollments.find(enrollmentId).orElseThrow(() -> gone("enrolment " + enrollmentId));
  }

  private Course courseOf(Enrollment enrollment) {
    return courses
        .findById(enrollment.courseId())
        .orElseThrow(() -> gone("course " + enrollment.courseId()));
  }

  /** Not retried: an enrolment or course that is gone will not come back. */
  private static ApplicationFailure gone(String what) {
    return ApplicationFailure.newNonRetryableFailure(
        "The " + what + " no longer exists", FailureTypes.NOT_FOUND.type());
  }
}
