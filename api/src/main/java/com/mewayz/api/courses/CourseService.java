package com.mewayz.api.courses;

import com.mewayz.api.courses.CourseViews.CourseRequest;
import com.mewayz.api.courses.CourseViews.CourseView;
import com.mewayz.api.courses.CourseViews.LessonRequest;
import com.mewayz.api.courses.CourseViews.ModuleRequest;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.CourseRepository;
import com.mewayz.domain.courses.EnrollmentRepository;
import com.mewayz.workflows.courses.CourseDripWorkflow;
import com.mewayz.workflows.courses.CourseDrips;
import com.mewayz.workflows.courses.EnrollmentStatus;
import com.mewayz.workflows.courses.ReleaseRule;
import io.temporal.client.WorkflowClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Courses, their modules and lessons. A published course stays publishable: an edit that would
 * leave it without a module or a module without a lesson is refused. When the modules' order or
 * release rules of a published course change, its running enrolments are told (the {@code
 * courseChanged} signal) so their drips read the course again.
 */
@Service
class CourseService {
  static final List<EnrollmentStatus> RUNNING =
      List.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.PAUSED);
  private static final Logger log = LoggerFactory.getLogger(CourseService.class);

  private final CourseRepository courses;
  private final EnrollmentRepository enrollments;
  private final WorkflowClient temporal;
  private final Clock clock;

  CourseService(
      CourseRepository courses,
      EnrollmentRepository enrollments,
      WorkflowClient temporal,
      Clock clock) {
    this.courses = courses;
    this.enrollments = enrollments;
    this.temporal = temporal;
    this.clock = clock;
  }

  PageResponse<CourseView> list(WorkspaceAccess access, PageRequestParams params) {
    PageRequest page =
        PageRequest.of(params.page(), params.size(), Sort.by(Sort.Direction.DESC, "createdAt"));
    Page<Course> found = courses.findByWorkspaceId(access.workspaceId(), page);
    return new PageResponse<>(
        found.getContent().stream().map(CourseView::of).toList(),
        params.page(),
        params.size(),
        found.getTotalElements());
  }

  CourseView create(WorkspaceAccess access, CourseRequest body) {
    return CourseView.of(
        courses.insert(
            Course.draft(
                newId(),
                access.workspaceId(),
                body.title().strip(),
                body.description(),
                clock.instant())));
  }

  CourseView get(WorkspaceAccess access, String courseId) {
    return CourseView.of(load(access, courseId));
  }

  CourseView update(WorkspaceAccess access, String courseId, CourseRequest body) {
    return change(
        access, courseId, c -> c.withDetails(body.title().strip(), body.description(), now()));
  }

  void delete(WorkspaceAccess access, String courseId) {
    Course course = load(access, courseId);
    if (!enrollments.findByCourseIdAndStatusIn(courseId, RUNNING).isEmpty()) {
      throw ApiException.conflict(
          "Students are enrolled in this course: unenrol them before deleting it");
    }
    enrollments.deleteByCourseId(courseId);
    courses.delete(course);
  }

  CourseView publish(WorkspaceAccess access, String courseId) {
    Course course = load(access, courseId);
    Map<String, String> problems = CourseRules.publishProblems(course);
    if (!problems.isEmpty()) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "ValidationError",
          "The course cannot be published yet: " + problems.values().iterator().next(),
          problems);
    }
    return CourseView.of(save(course.publishedAt(now())));
  }

  CourseView addModule(WorkspaceAccess access, String courseId, ModuleRequest body) {
    List<Course.Lesson> lessons = new ArrayList<>();
    List<LessonRequest> requested = body.lessons() == null ? List.of() : body.lessons();
    for (int i = 0; i < requested.size(); i++) {
      lessons.add(CourseRules.lesson(newId(), requested.get(i), "lessons[" + i + "]."));
    }
    Course.Module module =
        new Course.Module(
            newId(), body.title().strip(), CourseRules.rule(body.releaseRule()), lessons);
    return changeModules(access, courseId, modules -> append(modules, module));
  }

  CourseView updateModule(
      WorkspaceAccess access, String courseId, String moduleId, ModuleRequest body) {
    String title = body.title().strip();
    ReleaseRule rule = CourseRules.rule(body.releaseRule());
    return change(
        access,
        courseId,
        c -> {
          requireModule(c, moduleId);
          return c.withModule(
              moduleId, m -> new Course.Module(m.id(), title, rule, m.lessons()), now());
        });
  }

  CourseView deleteModule(WorkspaceAccess access, String courseId, String moduleId) {
    return change(
        access,
        courseId,
        c -> {
          requireModule(c, moduleId);
          return c.withModules(
              c.modules().stream().filter(m -> !m.id().equals(moduleId)).toList(), now());
        });
  }

  CourseView reorderModules(WorkspaceAccess access, String courseId, List<String> ids) {
    return changeModules(access, courseId, modules -> reordered(modules, ids, Course.Module::id));
  }

  CourseView addLesson(
      WorkspaceAccess access, String courseId, String moduleId, LessonRequest body) {
    Course.Lesson lesson = CourseRules.lesson(newId(), body, "");
    return changeLessons(access, courseId, moduleId, lessons -> append(lessons, lesson));
  }

  CourseView updateLesson(
      WorkspaceAccess access,
      String courseId,
      String moduleId,
      String lessonId,
      LessonRequest body) {
    Course.Lesson changed = CourseRules.lesson(lessonId, body, "");
    return changeLesson(
        access,
        courseId,
        moduleId,
        lessonId,
        lessons -> lessons.stream().map(l -> l.id().equals(lessonId) ? changed : l).toList());
  }

  CourseView deleteLesson(
      WorkspaceAccess access, String courseId, String moduleId, String lessonId) {
    return changeLesson(
        access,
        courseId,
        moduleId,
        lessonId,
        lessons -> lessons.stream().filter(l -> !l.id().equals(lessonId)).toList());
  }

  CourseView reorderLessons(
      WorkspaceAccess access, String courseId, String moduleId, List<String> ids) {
    return changeLessons(
        access, courseId, moduleId, lessons -> reordered(lessons, ids, Course.Lesson::id));
  }

  private CourseView changeModules(
      WorkspaceAccess access, String courseId, UnaryOperator<List<Course.Module>> change) {
    return change(access, courseId, c -> c.withModules(change.apply(c.modules()), now()));
  }

  private CourseView changeLessons(
      WorkspaceAccess access,
      String courseId,
      String moduleId,
      UnaryOperator<List<Course.Lesson>> change) {
    return change(
        access,
        courseId,
        c -> {
          requireModule(c, moduleId);
          return c.withModule(moduleId, m -> m.withLessons(change.apply(m.lessons())), now());
        });
  }

  /** Changes the lessons of a module that must hold {@code lessonId}. */
  private CourseView changeLesson(
      WorkspaceAccess access,
      String courseId,
      String moduleId,
      String lessonId,
      UnaryOperator<List<Course.Lesson>> change) {
    return changeLessons(
        access,
        courseId,
        moduleId,
        lessons -> {
          requireLesson(lessons, lessonId);
          return change.apply(lessons);
        });
  }

  /**
   * Applies an edit. A published course must stay publishable; its running enrolments are told when
   * the modules' order or rules changed.
   */
  private CourseView change(WorkspaceAccess access, String courseId, UnaryOperator<Course> edit) {
    Course before = load(access, courseId);
    Course after = edit.apply(before);
    if (before.published()) {
      Map<String, String> problems = CourseRules.publishProblems(after);
      if (!problems.isEmpty()) {
        throw new ApiException(
            HttpStatus.CONFLICT,
            "Conflict",
            "A published course must keep at least one module, each with a lesson",
            problems);
      }
    }
    Course saved = save(after);
    if (saved.published() && !CourseRules.sameSchedule(before, saved)) {
      tellRunningEnrollments(saved.id());
    }
    return CourseView.of(saved);
  }

  /**
   * One signal per running enrolment. A drip that misses it (a workflow that just ended, Temporal
   * briefly unreachable) still reads the course at its next wake.
   */
  private void tellRunningEnrollments(String courseId) {
    enrollments
        .findByCourseIdAndStatusIn(courseId, RUNNING)
        .forEach(
            e -> {
              try {
                temporal
                    .newWorkflowStub(CourseDripWorkflow.class, CourseDrips.workflowId(e.id()))
                    .courseChanged();
              } catch (RuntimeException failed) {
                log.warn("Enrolment {} was not told that its course changed", e.id(), failed);
              }
            });
  }

  private Course save(Course course) {
    try {
      return courses.save(course);
    } catch (OptimisticLockingFailureException raced) {
      throw ApiException.conflict("The course was changed meanwhile: reload it and try again");
    }
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  private static <T> List<T> reordered(List<T> items, List<String> ids, Function<T, String> id) {
    if (ids.size() != items.size()
        || new HashSet<>(ids).size() != ids.size()
        || !items.stream().map(id).allMatch(ids::contains)) {
      throw ApiException.invalid("ids", "must list every id of the list exactly once");
    }
    return ids.stream()
        .map(wanted -> items.stream().filter(i -> id.apply(i).equals(wanted)).findFirst().get())
        .toList();
  }

  private static Course.Module requireModule(Course course, String moduleId) {
    return course.module(moduleId).orElseThrow(() -> ApiException.notFound("Module"));
  }

  private static void requireLesson(List<Course.Lesson> lessons, String lessonId) {
    if (lessons.stream().noneMatch(l -> l.id().equals(lessonId))) {
      throw ApiException.notFound("Lesson");
    }
  }

  Course load(WorkspaceAccess access, String courseId) {
    return courses
        .findByIdAndWorkspaceId(courseId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Course"));
  }

  private Instant now() {
    return clock.instant();
  }

  private static String newId() {
    return new ObjectId().toHexString();
  }
}
