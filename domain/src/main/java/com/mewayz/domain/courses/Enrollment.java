package com.mewayz.domain.courses;

import com.mewayz.workflows.courses.EnrollmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A student's enrolment in a course: who, in which time zone, and what was released to them and
 * completed. The CourseDripWorkflow of the enrolment drives {@code status} and {@code releasedAt}
 * (module id to release time); lesson and module completions are recorded by the API. What a
 * student may open is read from here, never from the workflow.
 */
@Document("course_enrollments")
@CompoundIndex(name = "by_course", def = "{'courseId': 1, 'status': 1, 'enrolledAt': -1}")
public record Enrollment(
    @Id String id,
    String workspaceId,
    String courseId,
    String studentEmail,
    String studentName,
    String timeZone,
    EnrollmentStatus status,
    Instant enrolledAt,
    Map<String, Instant> releasedAt,
    List<String> completedLessonIds,
    List<String> completedModuleIds,
    Instant statusChangedAt,
    Instant completedAt,
    Instant updatedAt) {

  public static Enrollment enrolled(
      String id,
      String workspaceId,
      String courseId,
      String studentEmail,
      String studentName,
      String timeZone,
      Instant now) {
    return new Enrollment(
        id,
        workspaceId,
        courseId,
        studentEmail,
        studentName,
        timeZone,
        EnrollmentStatus.ACTIVE,
        now,
        Map.of(),
        List.of(),
        List.of(),
        now,
        null,
        now);
  }

  public boolean released(String moduleId) {
    return releasedAt != null && releasedAt.containsKey(moduleId);
  }

  public boolean lessonCompleted(String lessonId) {
    return completedLessonIds != null && completedLessonIds.contains(lessonId);
  }

  public boolean moduleCompleted(String moduleId) {
    return completedModuleIds != null && completedModuleIds.contains(moduleId);
  }
}
