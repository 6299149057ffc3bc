package com.mewayz.api.courses;

import com.mewayz.api.courses.CourseViews.EnrollRequest;
import com.mewayz.api.courses.CourseViews.EnrollmentView;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.workflows.courses.EnrollmentStatus;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The students of a course. Each enrolment runs as a CourseDripWorkflow; pause, resume, release-all
 * and unenrol are updates of that workflow and answer once done (409 with the reason when refused).
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/courses/{courseId}/enrollments")
class EnrollmentController {
  private final EnrollmentService enrollments;

  EnrollmentController(EnrollmentService enrollments) {
    this.enrollments = enrollments;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<EnrollmentView> enroll(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @Valid @RequestBody EnrollRequest body) {
    return ApiResponse.ok(enrollments.enroll(access, courseId, body), "Student enrolled");
  }

  @GetMapping
  ApiResponse<PageResponse<EnrollmentView>> list(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @RequestParam(required = false) EnrollmentStatus status,
      @Valid PageRequestParams page) {
    return ApiResponse.ok(enrollments.list(access, courseId, status, page));
  }

  @GetMapping("/{enrollmentId}")
  ApiResponse<EnrollmentView> get(
      WorkspaceAccess access, @PathVariable String courseId, @PathVariable String enrollmentId) {
    return ApiResponse.ok(enrollments.get(access, courseId, enrollmentId));
  }

  @PostMapping("/{enrollmentId}/pause")
  ApiResponse<EnrollmentView> pause(
      WorkspaceAccess access, @PathVariable String courseId, @PathVariable String enrollmentId) {
    return ApiResponse.ok(enrollments.pause(access, courseId, enrollmentId), "Enrolment paused");
  }

  @PostMapping("/{enrollmentId}/resume")
  ApiResponse<EnrollmentView> resume(
      WorkspaceAccess access, @PathVariable String courseId, @PathVariable String enrollmentId) {
    return ApiResponse.ok(enrollments.resume(access, courseId, enrollmentId), "Enrolment resumed");
  }

  @PostMapping("/{enrollmentId}/release-all")
  ApiResponse<EnrollmentView> releaseAll(
      WorkspaceAccess access, @PathVariable String courseId, @PathVariable String enrollmentId) {
    return ApiResponse.ok(
        enrollments.releaseAll(access, courseId, enrollmentId), "Every module released");
  }

  @DeleteMapping("/{enrollmentId}")
  ApiResponse<EnrollmentView> unenroll(
      WorkspaceAccess access, @PathVariable String courseId, @PathVariable String enrollmentId) {
    return ApiResponse.ok(
        enrollments.unenroll(access, courseId, enrollmentId), "Student unenrolled");
  }

  @PostMapping("/{enrollmentId}/lessons/{lessonId}/complete")
  ApiResponse<EnrollmentView> completeLesson(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @PathVariable String enrollmentId,
      @PathVariable String lessonId) {
    return ApiResponse.ok(
        enrollments.completeLesson(access, courseId, enrollmentId, lessonId), "Lesson completed");
  }
}
