package com.mewayz.api.courses;

import com.mewayz.api.courses.CourseViews.CourseRequest;
import com.mewayz.api.courses.CourseViews.CourseView;
import com.mewayz.api.courses.CourseViews.LessonRequest;
import com.mewayz.api.courses.CourseViews.ModuleRequest;
import com.mewayz.api.courses.CourseViews.ReorderRequest;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's courses: modules released by their rules, each with ordered lessons. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/courses")
class CourseController {
  private final CourseService courses;

  CourseController(CourseService courses) {
    this.courses = courses;
  }

  @GetMapping
  ApiResponse<PageResponse<CourseView>> list(
      WorkspaceAccess access, @Valid PageRequestParams page) {
    return ApiResponse.ok(courses.list(access, page));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<CourseView> create(WorkspaceAccess access, @Valid @RequestBody CourseRequest body) {
    return ApiResponse.ok(courses.create(access, body), "Course created");
  }

  @GetMapping("/{courseId}")
  ApiResponse<CourseView> get(WorkspaceAccess access, @PathVariable String courseId) {
    return ApiResponse.ok(courses.get(access, courseId));
  }

  @PutMapping("/{courseId}")
  ApiResponse<CourseView> update(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @Valid @RequestBody CourseRequest body) {
    return ApiResponse.ok(courses.update(access, courseId, body), "Course saved");
  }

  @DeleteMapping("/{courseId}")
  ApiResponse<Void> delete(WorkspaceAccess access, @PathVariable String courseId) {
    courses.delete(access, courseId);
    return ApiResponse.ok(null, "Course deleted");
  }

  @PostMapping("/{courseId}/publish")
  ApiResponse<CourseView> publish(WorkspaceAccess access, @PathVariable String courseId) {
    return ApiResponse.ok(courses.publish(access, courseId), "Course published");
  }

  @PostMapping("/{courseId}/modules")
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<CourseView> addModule(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @Valid @RequestBody ModuleRequest body) {
    return ApiResponse.ok(courses.addModule(access, courseId, body), "Module added");
  }

  @PostMapping("/{courseId}/modules/reorder")
  ApiResponse<CourseView> reorderModules(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @Valid @RequestBody ReorderRequest body) {
    return ApiResponse.ok(courses.reorderModules(access, courseId, body.ids()), "Modules ordered");
  }

  @PutMapping("/{courseId}/modules/{moduleId}")
  ApiResponse<CourseView> updateModule(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @PathVariable String moduleId,
      @Valid @RequestBody ModuleRequest body) {
    return ApiResponse.ok(courses.updateModule(access, courseId, moduleId, body), "Module saved");
  }

  @DeleteMapping("/{courseId}/modules/{moduleId}")
  ApiResponse<CourseView> deleteModule(
      WorkspaceAccess access, @PathVariable String courseId, @PathVariable String moduleId) {
    return ApiResponse.ok(courses.deleteModule(access, courseId, moduleId), "Module deleted");
  }

  @PostMapping("/{courseId}/modules/{moduleId}/lessons")
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<CourseView> addLesson(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @PathVariable String moduleId,
      @Valid @RequestBody LessonRequest body) {
    return ApiResponse.ok(courses.addLesson(access, courseId, moduleId, body), "Lesson added");
  }

  @PostMapping("/{courseId}/modules/{moduleId}/lessons/reorder")
  ApiResponse<CourseView> reorderLessons(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @PathVariable String moduleId,
      @Valid @RequestBody ReorderRequest body) {
    return ApiResponse.ok(
        courses.reorderLessons(access, courseId, moduleId, body.ids()), "Lessons ordered");
  }

  @PutMapping("/{courseId}/modules/{moduleId}/lessons/{lessonId}")
  ApiResponse<CourseView> updateLesson(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @PathVariable String moduleId,
      @PathVariable String lessonId,
      @Valid @RequestBody LessonRequest body) {
    return ApiResponse.ok(
        courses.updateLesson(access, courseId, moduleId, lessonId, body), "Lesson saved");
  }

  @DeleteMapping("/{courseId}/modules/{moduleId}/lessons/{lessonId}")
  ApiResponse<CourseView> deleteLesson(
      WorkspaceAccess access,
      @PathVariable String courseId,
      @PathVariable String moduleId,
      @PathVariable String lessonId) {
    return ApiResponse.ok(
        courses.deleteLesson(access, courseId, moduleId, lessonId), "Lesson deleted");
  }
}
