package com.mewayz.api.courses;

import com.mewayz.api.courses.CourseViews.LearnLessonView;
import com.mewayz.api.courses.CourseViews.LearnView;
import com.mewayz.api.web.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The student's side, public: the signed enrolment token of the mailed link stands for the student,
 * who is no member of the workspace.
 */
@RestController
@RequestMapping("/api/courses/learn/{token}")
class LearnController {
  private final LearnService learn;

  LearnController(LearnService learn) {
    this.learn = learn;
  }

  @GetMapping
  ApiResponse<LearnView> outline(@PathVariable String token) {
    return ApiResponse.ok(learn.outline(token));
  }

  @GetMapping("/lessons/{lessonId}")
  ApiResponse<LearnLessonView> lesson(@PathVariable String token, @PathVariable String lessonId) {
    return ApiResponse.ok(learn.lesson(token, lessonId));
  }

  @PostMapping("/lessons/{lessonId}/complete")
  ApiResponse<LearnLessonView> complete(@PathVariable String token, @PathVariable String lessonId) {
    return ApiResponse.ok(learn.complete(token, lessonId), "Lesson completed");
  }
}
