package com.mewayz.activities.courses;

import com.mewayz.activities.mail.Html;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.Enrollment;
import com.mewayz.workflows.courses.CourseMailKind;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Renders the mails a student receives: welcome, each release, and the completion. */
@Component
public class CourseMails {

  OutgoingMail render(CourseMailKind kind, Enrollment enrollment, Course course, String link) {
    return switch (kind) {
      case WELCOME ->
          student(
              enrollment,
              "Welcome to " + course.title(),
              "You are enrolled in "
                  + course.title()
                  + ". Its modules open one after another;"
                  + " we will write to you each time one is ready.",
              link);
      case COMPLETED ->
          student(
              enrollment,
              "You completed " + course.title(),
              "Congratulations: you completed every module of " + course.title() + ".",
              link);
    };
  }

  OutgoingMail released(Enrollment enrollment, Course course, List<String> moduleIds, String link) {
    List<String> titles =
        moduleIds.stream()
            .map(id -> course.module(id).map(Course.Module::title).orElse("A new module"))
            .toList();
    String subject =
        titles.size() == 1
            ? course.title() + ": " + titles.get(0) + " is ready"
            : course.title() + ": " + titles.size() + " new modules are ready";
    String text =
        "Now open in "
            + course.title()
            + ":\n\n"
            + titles.stream().map(t -> "- " + t).collect(Collectors.joining("\n"));
    return student(enrollment, subject, text, link);
  }

  private static OutgoingMail student(
      Enrollment enrollment, String subject, String text, String link) {
    String body =
        "Hello " + enrollment.studentName() + ",\n\n" + text + "\n\nYour course: " + link + "\n";
    String html =
        "<p>"
            + Html.escape("Hello " + enrollment.studentName() + ",\n\n" + text)
                .replace("\n", "<br>")
            + "</p><p><a href=\""
            + Html.escape(link)
            + "\">Open your course</a></p>";
    return new OutgoingMail(enrollment.studentEmail(), subject, body, html);
  }
}
