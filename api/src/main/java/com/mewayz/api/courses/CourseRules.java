package com.mewayz.api.courses;

import com.mewayz.api.courses.CourseViews.LessonRequest;
import com.mewayz.api.courses.CourseViews.ReleaseRuleRequest;
import com.mewayz.api.web.ApiException;
import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.LessonKind;
import com.mewayz.workflows.courses.ReleaseRule;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a module, a lesson and a course valid. The field names in the problems are those of
 * the request bodies ({@code releaseRule.days}) or of the course ({@code modules[2].lessons}).
 */
final class CourseRules {
  private CourseRules() {}

  static ReleaseRule rule(ReleaseRuleRequest r) {
    String time = r.time() == null ? ReleaseRule.DEFAULT_TIME : r.time();
    return switch (r.type()) {
      case IMMEDIATE -> ReleaseRule.immediate();
      case AFTER_PREVIOUS_COMPLETED -> ReleaseRule.afterPreviousCompleted();
      case DAYS_AFTER_ENROLLMENT -> {
        if (r.days() == null) {
          throw ApiException.invalid(
              "releaseRule.days", "is required for DAYS_AFTER_ENROLLMENT (0 to 3650)");
        }
        yield ReleaseRule.daysAfterEnrollment(r.days(), time);
      }
      case FIXED_DATE -> ReleaseRule.fixedDate(date(r.date()), time);
    };
  }

  private static String date(String date) {
    if (date == null) {
      throw ApiException.invalid("releaseRule.date", "is required for FIXED_DATE (yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(date).toString();
    } catch (DateTimeException e) {
      throw ApiException.invalid("releaseRule.date", "is not a date of the calendar");
    }
  }

  /** {@code field} prefixes the problems' field names: "" for a lesson's own body. */
  static Course.Lesson lesson(String id, LessonRequest r, String field) {
    if (r.kind() == LessonKind.CONTENT) {
      if (r.body() == null || r.body().isBlank()) {
        throw ApiException.invalid(
            field + "body", "is required for a CONTENT lesson (Markdown or HTML)");
      }
      return new Course.Lesson(id, r.title().strip(), LessonKind.CONTENT, r.body(), null);
    }
    if (!isHttpsUrl(r.videoUrl())) {
      throw ApiException.invalid(
          field + "videoUrl", "is required for a VIDEO lesson: an https:// URL");
    }
    return new Course.Lesson(id, r.title().strip(), LessonKind.VIDEO, null, r.videoUrl().strip());
  }

  private static boolean isHttpsUrl(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(url.strip());
      return "https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (Exception e) {
      return false;
    }
  }

  /** Why the course cannot be published (or stay published); empty when it can. */
  static Map<String, String> publishProblems(Course course) {
    Map<String, String> problems = new LinkedHashMap<>();
    List<Course.Module> modules = course.modules();
    if (modules.isEmpty()) {
      problems.put("modules", "a published course needs at least one module");
    }
    for (int i = 0; i < modules.size(); i++) {
      Course.Module module = modules.get(i);
      if (module.lessons().isEmpty()) {
        problems.put("modules[" + i + "].lessons", "needs at least one lesson");
      }
      String ruleProblem = ruleProblem(module.releaseRule(), i);
      if (ruleProblem != null) {
        problems.put("modules[" + i + "].releaseRule", ruleProblem);
      }
    }
    return problems;
  }

  private static String ruleProblem(ReleaseRule rule, int index) {
    if (rule == null || rule.type() == null) {
      return "is required";
    }
    return switch (rule.type()) {
      case IMMEDIATE -> null;
      case DAYS_AFTER_ENROLLMENT -> rule.days() == null ? "needs days" : null;
      case FIXED_DATE -> rule.date() == null ? "needs a date" : null;
      case AFTER_PREVIOUS_COMPLETED ->
          index == 0 ? "the first module has no previous module to wait for" : null;
    };
  }

  /** Whether the modules' order and release rules, what running drips read, are the same. */
  static boolean sameSchedule(Course before, Course after) {
    return schedule(before).equals(schedule(after));
  }

  private static List<Map.Entry<String, ReleaseRule>> schedule(Course course) {
    return course.modules().stream().map(m -> Map.entry(m.id(), m.releaseRule())).toList();
  }
}
