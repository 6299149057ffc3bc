package com.mewayz.api.courses;

import com.mewayz.api.courses.CourseViews.EnrollRequest;
import com.mewayz.api.courses.CourseViews.EnrollmentView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.NewIds;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.web.UpdateRejections;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.CourseRepository;
import com.mewayz.domain.courses.Enrollment;
import com.mewayz.domain.courses.EnrollmentRepository;
import com.mewayz.domain.courses.EnrollmentStore;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import com.mewayz.workflows.courses.CourseDripWorkflow;
import com.mewayz.workflows.courses.CourseDrips;
import com.mewayz.workflows.courses.DripProgress;
import com.mewayz.workflows.courses.DripRequest;
import com.mewayz.workflows.courses.EnrollmentStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Enrolments: the record lives in MongoDB, the drip (releases, pause, completion) in one
 * CourseDripWorkflow per enrolment. The creator's actions are updates of that workflow.
 */
@Service
class EnrollmentService {
  private static final Logger log = LoggerFactory.getLogger(EnrollmentService.class);

  private final EnrollmentRepository enrollments;
  private final EnrollmentStore store;
  private final CourseRepository courses;
  private final CourseService courseService;
  private final WorkflowClient temporal;
  private final Clock clock;

  EnrollmentService(
      EnrollmentRepository enrollments,
      EnrollmentStore store,
      CourseRepository courses,
      CourseService courseService,
      WorkflowClient temporal,
      Clock clock) {
    this.enrollments = enrollments;
    this.store = store;
    this.courses = courses;
    this.courseService = courseService;
    this.temporal = temporal;
    this.clock = clock;
  }

  EnrollmentView enroll(WorkspaceAccess access, String courseId, EnrollRequest body) {
    Course course = courseService.load(access, courseId);
    if (!course.published()) {
      throw ApiException.conflict("Only a published course takes enrolments: publish it first");
    }
    String timeZone = body.timeZone().strip();
    if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
      throw ApiException.invalid("timeZone", "must be an IANA time zone, like Europe/Paris");
    }
    String email = body.studentEmail().strip().toLowerCase();
    String id = NewIds.next();
    Optional<Enrollment> enrolledBefore =
        enrollments.findById(id).filter(e -> e.courseId().equals(courseId));
    if (enrolledBefore.isPresent()) {
      // An earlier attempt of this very request (same Idempotency-Key) enrolled the student and
      // died before answering, perhaps before starting the drip.
      start(enrolledBefore.get());
      return EnrollmentView.of(enrolledBefore.get(), course, null);
    }
    if (enrollments.existsByCourseIdAndStudentEmailAndStatusIn(
        courseId, email, CourseService.RUNNING)) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "Conflict",
          email + " is already enrolled in this course",
          Map.of("studentEmail", "is already enrolled in this course"));
    }
    Enrollment enrollment =
        enrollments.insert(
            Enrollment.enrolled(
                id,
                access.workspaceId(),
                courseId,
                email,
                body.studentName().strip(),
                timeZone,
                clock.instant()));
    start(enrollment);
    return EnrollmentView.of(enrollment, course, null);
  }

  PageResponse<EnrollmentView> list(
      WorkspaceAccess access, String courseId, EnrollmentStatus status, PageRequestParams params) {
    Course course = courseService.load(access, courseId);
    PageRequest page =
        PageRequest.of(params.page(), params.size(), Sort.by(Sort.Direction.DESC, "enrolledAt"));
    Page<Enrollment> found =
        status == null
            ? enrollments.findByWorkspaceIdAndCourseId(access.workspaceId(), courseId, page)
            : enrollments.findByWorkspaceIdAndCourseIdAndStatus(
                access.workspaceId(), courseId, status, page);
    return new PageResponse<>(
        found.getContent().stream().map(e -> EnrollmentView.of(e, course, null)).toList(),
        params.page(),
        params.size(),
        found.getTotalElements());
  }

  EnrollmentView get(WorkspaceAccess access, String courseId, String enrollmentId) {
    Enrollment enrollment = load(access, courseId, enrollmentId);
    return EnrollmentView.of(enrollment, courseOf(enrollment), liveProgress(enrollment));
  }

  EnrollmentView pause(WorkspaceAccess access, String courseId, String enrollmentId) {
    return act(access, courseId, enrollmentId, CourseDripWorkflow::pause);
  }

  EnrollmentView resume(WorkspaceAccess access, String courseId, String enrollmentId) {
    return act(access, courseId, enrollmentId, CourseDripWorkflow::resume);
  }

  EnrollmentView releaseAll(WorkspaceAccess access, String courseId, String enrollmentId) {
    return act(access, courseId, enrollmentId, CourseDripWorkflow::releaseAll);
  }

  EnrollmentView unenroll(WorkspaceAccess access, String courseId, String enrollmentId) {
    return act(access, courseId, enrollmentId, CourseDripWorkflow::unenroll);
  }

  EnrollmentView completeLesson(
      WorkspaceAccess access, String courseId, String enrollmentId, String lessonId) {
    Enrollment enrollment = load(access, courseId, enrollmentId);
    Course course = courseOf(enrollment);
    DripProgress live = completeLesson(enrollment, course, lessonId);
    return EnrollmentView.of(reload(enrollment), course, live);
  }

  /**
   * Records the lesson as done. When it was the module's last, the module counts completed: the
   * workflow is told (it may release a module waiting for it, or complete the course), then the
   * record. Answers the workflow's progress when it was told, else null.
   */
  DripProgress completeLesson(Enrollment enrollment, Course course, String lessonId) {
    Course.Module module =
        course.moduleOfLesson(lessonId).orElseThrow(() -> ApiException.notFound("Lesson"));
    if (enrollment.status() == EnrollmentStatus.UNENROLLED) {
      throw ApiException.conflict("The enrolment has ended");
    }
    if (!enrollment.released(module.id())) {
      throw ApiException.conflict(
          "The module " + module.title() + " is not released to this student yet");
    }
    store.completeLesson(enrollment.id(), lessonId, clock.instant());
    Enrollment now = reload(enrollment);
    boolean moduleDone = module.lessons().stream().allMatch(l -> now.lessonCompleted(l.id()));
    if (!moduleDone || now.moduleCompleted(module.id()) || now.status().isFinal()) {
      return null;
    }
    DripProgress live = completeModule(now, module.id());
    store.completeModule(enrollment.id(), module.id(), clock.instant());
    return live;
  }

  private DripProgress completeModule(Enrollment enrollment, String moduleId) {
    CourseDripWorkflow workflow = workflow(enrollment.id());
    try {
      return workflow.completeModule(moduleId);
    } catch (WorkflowUpdateException refused) {
      // Two last lessons completed at once: the other request told the workflow already.
      DripProgress progress = liveProgress(enrollment);
      if (progress != null
          && progress.modules().stream()
              .anyMatch(m -> m.moduleId().equals(moduleId) && m.completed())) {
        return progress;
      }
      throw UpdateRejections.conflict(refused, "The enrolment refused the completion");
    }
  }

  private EnrollmentView act(
      WorkspaceAccess access,
      String courseId,
      String enrollmentId,
      Function<CourseDripWorkflow, DripProgress> update) {
    Enrollment enrollment = load(access, courseId, enrollmentId);
    if (enrollment.status().isFinal()) {
      throw ended(enrollment);
    }
    DripProgress live;
    try {
      live = update.apply(workflow(enrollment.id()));
    } catch (WorkflowUpdateException e) {
      throw UpdateRejections.conflict(e, "The enrolment refused the request");
    } catch (WorkflowNotFoundException e) {
      throw ended(reload(enrollment));
    }
    return EnrollmentView.of(reload(enrollment), courseOf(enrollment), live);
  }

  private static ApiException ended(Enrollment enrollment) {
    return ApiException.conflict(
        "The enrolment is "
            + enrollment.status().name().toLowerCase()
            + " and can no longer change");
  }

  private DripProgress liveProgress(Enrollment enrollment) {
    if (enrollment.status().isFinal()) {
      return null;
    }
    try {
      return workflow(enrollment.id()).progress();
    } catch (RuntimeException e) {
      log.debug("Enrolment {} could not be asked for its progress", enrollment.id(), e);
      return null;
    }
  }

  private void start(Enrollment enrollment) {
    CourseDripWorkflow workflow =
        temporal.newWorkflowStub(
            CourseDripWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CourseDrips.workflowId(enrollment.id()))
                .setTaskQueue(CourseDrips.TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, enrollment.workspaceId())
                        .build())
                .build());
    try {
      WorkflowClient.start(
          workflow::run,
          new DripRequest(
              enrollment.id(),
              enrollment.workspaceId(),
              enrollment.courseId(),
              enrollment.timeZone(),
              enrollment.enrolledAt().toEpochMilli()));
    } catch (WorkflowExecutionAlreadyStarted running) {
      // Started by an earlier attempt of the same request: one drip per enrolment.
    } catch (RuntimeException e) {
      // Without its workflow the student would never receive a module: drop the enrolment.
      enrollments.deleteById(enrollment.id());
      log.error("Could not start the enrolment workflow", e);
      throw ApiException.unavailable("Students cannot be enrolled right now; try again shortly");
    }
  }

  private CourseDripWorkflow workflow(String enrollmentId) {
    return temporal.newWorkflowStub(CourseDripWorkflow.class, CourseDrips.workflowId(enrollmentId));
  }

  private Enrollment load(WorkspaceAccess access, String courseId, String enrollmentId) {
    return enrollments
        .findByIdAndWorkspaceIdAndCourseId(enrollmentId, access.workspaceId(), courseId)
        .orElseThrow(() -> ApiException.notFound("Enrolment"));
  }

  private Enrollment reload(Enrollment enrollment) {
    return enrollments.findById(enrollment.id()).orElse(enrollment);
  }

  Course courseOf(Enrollment enrollment) {
    return courses
        .findById(enrollment.courseId())
        .orElseThrow(() -> ApiException.notFound("Course"));
  }
}
