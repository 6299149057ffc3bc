package com.mewayz.api.courses;

import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.CourseStatus;
import com.mewayz.domain.courses.Enrollment;
import com.mewayz.domain.courses.LessonKind;
import com.mewayz.workflows.courses.DripProgress;
import com.mewayz.workflows.courses.DripProgress.ModuleProgress;
import com.mewayz.workflows.courses.EnrollmentStatus;
import com.mewayz.workflows.courses.ReleaseRule;
import com.mewayz.workflows.courses.ReleaseRuleType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Requests and answers of the course endpoints. */
final class CourseViews {
  private CourseViews() {}

  record CourseRequest(
      @NotBlank @Size(max = 200) String title, @Size(max = 5000) String description) {}

  /** {@code time} defaults to 09:00 for the timed rules. */
  record ReleaseRuleRequest(
      @NotNull ReleaseRuleType type,
      @Min(0) @Max(3650) Integer days,
      @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time of day HH:mm")
          String time,
      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date yyyy-MM-dd")
          String date) {}

  /** {@code lessons} only when adding a module: a published course's new module needs one. */
  record ModuleRequest(
      @NotBlank @Size(max = 200) String title,
      @NotNull @Valid ReleaseRuleRequest releaseRule,
      @Size(max = 200) List<@Valid @NotNull LessonRequest> lessons) {}

  record LessonRequest(
      @NotBlank @Size(max = 200) String title,
      @NotNull LessonKind kind,
      @Size(max = 200_000) String body,
      @Size(max = 2000) String videoUrl) {}

  /** A new order: every id of the list once. */
  record ReorderRequest(@NotEmpty @Size(max = 1000) List<@NotBlank String> ids) {}

  record EnrollRequest(
      @NotBlank @Email @Size(max = 254) String studentEmail,
      @NotBlank @Size(max = 200) String studentName,
      @NotBlank @Size(max = 64) String timeZone) {}

  record CourseView(
      String id,
      String title,
      String description,
      CourseStatus status,
      List<Course.Module> modules,
      Instant createdAt,
      Instant updatedAt,
      Instant publishedAt) {
    static CourseView of(Course c) {
      return new CourseView(
          c.id(),
          c.title(),
          c.description(),
          c.status(),
          c.modules(),
          c.createdAt(),
          c.updatedAt(),
          c.publishedAt());
    }
  }

  /**
   * An enrolment as stored, plus what its workflow says now: {@code liveStatus} and each module's
   * {@code releaseAt} are null when the workflow has ended or was not asked (lists).
   */
  record EnrollmentView(
      String id,
      String courseId,
      String studentEmail,
      String studentName,
      String timeZone,
      EnrollmentStatus status,
      EnrollmentStatus liveStatus,
      Instant enrolledAt,
      Instant completedAt,
      Instant pausedAt,
      long pausedMillis,
      List<ModuleProgressView> modules) {

    static EnrollmentView of(Enrollment e, Course course, DripProgress live) {
      Map<String, ModuleProgress> liveModules =
          live == null
              ? Map.of()
              : live.modules().stream()
                  .collect(Collectors.toMap(ModuleProgress::moduleId, Function.identity()));
      List<ModuleProgressView> modules =
          course == null
              ? List.of()
              : course.modules().stream()
                  .map(m -> ModuleProgressView.of(m, e, liveModules.get(m.id())))
                  .toList();
      return new EnrollmentView(
          e.id(),
          e.courseId(),
          e.studentEmail(),
          e.studentName(),
          e.timeZone(),
          e.status(),
          live == null ? null : live.status(),
          e.enrolledAt(),
          e.completedAt(),
          live == null ? null : instant(live.pausedAtMillis()),
          live == null ? 0 : live.pausedMillis(),
          modules);
    }
  }

  /**
   * @param releaseAt when the module is due (from the live workflow), null when it waits for the
   *     previous module's completion or nobody asked the workflow
   */
  record ModuleProgressView(
      String moduleId,
      String title,
      ReleaseRule releaseRule,
      Instant releaseAt,
      Instant releasedAt,
      boolean completed,
      int lessonsCompleted,
      int lessonsTotal) {
    static ModuleProgressView of(Course.Module m, Enrollment e, ModuleProgress live) {
      Instant releasedAt = e.releasedAt() == null ? null : e.releasedAt().get(m.id());
      if (releasedAt == null && live != null) {
        releasedAt = instant(live.releasedAtMillis());
      }
      return new ModuleProgressView(
          m.id(),
          m.title(),
          m.releaseRule(),
          live == null ? null : instant(live.releaseAtMillis()),
          releasedAt,
          e.moduleCompleted(m.id()) || (live != null && live.completed()),
          (int) m.lessons().stream().filter(l -> e.lessonCompleted(l.id())).count(),
          m.lessons().size());
    }
  }

  /** What a student sees of the course: only the modules released to them. */
  record LearnView(
      String courseTitle,
      String courseDescription,
      String studentName,
      EnrollmentStatus status,
      List<LearnModuleView> modules,
      int modulesNotYetReleased) {}

  record LearnModuleView(
      String id,
      String title,
      Instant releasedAt,
      boolean completed,
      List<LearnLessonSummary> lessons) {}

  record LearnLessonSummary(String id, String title, LessonKind kind, boolean completed) {}

  record LearnLessonView(
      String id,
      String moduleId,
      String title,
      LessonKind kind,
      String body,
      String videoUrl,
      boolean completed) {}

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }
}
