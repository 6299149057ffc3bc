package com.mewayz.api.courses;

import com.mewayz.api.courses.CourseViews.LearnLessonSummary;
import com.mewayz.api.courses.CourseViews.LearnLessonView;
import com.mewayz.api.courses.CourseViews.LearnModuleView;
import com.mewayz.api.courses.CourseViews.LearnView;
import com.mewayz.api.web.ApiException;
import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.Enrollment;
import com.mewayz.domain.courses.EnrollmentLinks;
import com.mewayz.domain.courses.EnrollmentRepository;
import com.mewayz.workflows.courses.EnrollmentStatus;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What a student reaches with the signed link of their mails: the modules released to them, never
 * more. The enrolment record (written by the drip before each release mail) decides, so the answer
 * does not depend on Temporal being reachable.
 *
 * <p>A link that is not genuine is a 404. A lesson of the course whose module is not released to
 * this student is a 403 naming the module: the student holds a valid link and may know the course
 * has more to come, but not read it. An unenrolled student's link is a 403 for everything; a
 * student who completed the course keeps reading it.
 */
@Service
class LearnService {
  private final EnrollmentLinks links;
  private final EnrollmentRepository enrollments;
  private final EnrollmentService enrollmentService;

  LearnService(
      EnrollmentLinks links,
      EnrollmentRepository enrollments,
      EnrollmentService enrollmentService) {
    this.links = links;
    this.enrollments = enrollments;
    this.enrollmentService = enrollmentService;
  }

  LearnView outline(String token) {
    Enrollment enrollment = enrollment(token);
    Course course = enrollmentService.courseOf(enrollment);
    List<LearnModuleView> released =
        course.modules().stream()
            .filter(m -> enrollment.released(m.id()))
            .map(m -> moduleView(m, enrollment))
            .toList();
    return new LearnView(
        course.title(),
        course.description(),
        enrollment.studentName(),
        enrollment.status(),
        released,
        course.modules().size() - released.size());
  }

  LearnLessonView lesson(String token, String lessonId) {
    Enrollment enrollment = enrollment(token);
    return lessonView(enrollment, enrollmentService.courseOf(enrollment), lessonId);
  }

  LearnLessonView complete(String token, String lessonId) {
    Enrollment enrollment = enrollment(token);
    Course course = enrollmentService.courseOf(enrollment);
    lessonView(enrollment, course, lessonId); // the same refusals as reading it
    enrollmentService.completeLesson(enrollment, course, lessonId);
    return lessonView(enrollment(token), course, lessonId);
  }

  private LearnLessonView lessonView(Enrollment enrollment, Course course, String lessonId) {
    Course.Module module =
        course.moduleOfLesson(lessonId).orElseThrow(() -> ApiException.notFound("Lesson"));
    if (!enrollment.released(module.id())) {
      throw new ApiException(
          HttpStatus.FORBIDDEN,
          "Forbidden",
          "This lesson opens with the module \"" + module.title() + "\", not released to you yet",
          Map.of("lessonId", "its module is not released to this enrolment yet"));
    }
    Course.Lesson lesson =
        module.lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst().orElseThrow();
    return new LearnLessonView(
        lesson.id(),
        module.id(),
        lesson.title(),
        lesson.kind(),
        lesson.body(),
        lesson.videoUrl(),
        enrollment.lessonCompleted(lesson.id()));
  }

  private static LearnModuleView moduleView(Course.Module module, Enrollment enrollment) {
    return new LearnModuleView(
        module.id(),
        module.title(),
        enrollment.releasedAt().get(module.id()),
        enrollment.moduleCompleted(module.id()),
        module.lessons().stream()
            .map(
                l ->
                    new LearnLessonSummary(
                        l.id(), l.title(), l.kind(), enrollment.lessonCompleted(l.id())))
            .toList());
  }

  private Enrollment enrollment(String token) {
    Enrollment enrollment =
        links
            .enrollmentIdOf(token)
            .flatMap(enrollments::findById)
            .orElseThrow(() -> ApiException.notFound("Course link"));
    if (enrollment.status() == EnrollmentStatus.UNENROLLED) {
      throw ApiException.forbidden("This enrolment has ended: the course is no longer open to you");
    }
    return enrollment;
  }
}
