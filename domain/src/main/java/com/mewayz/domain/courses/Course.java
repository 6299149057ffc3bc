package com.mewayz.domain.courses;

import com.mewayz.workflows.courses.ReleaseRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A course of a workspace: ordered modules, each released to a student by its rule, each holding
 * ordered lessons. One document, so a course is always read whole; {@code version} makes two
 * editors saving at once a conflict instead of a lost edit.
 */
@Document("courses")
@CompoundIndex(name = "by_workspace", def = "{'workspaceId': 1, 'createdAt': -1}")
public record Course(
    @Id String id,
    String workspaceId,
    String title,
    String description,
    CourseStatus status,
    List<Module> modules,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    @Version Long version) {

  public record Module(String id, String title, ReleaseRule releaseRule, List<Lesson> lessons) {
    public Module withLessons(List<Lesson> changed) {
      return new Module(id, title, releaseRule, List.copyOf(changed));
    }
  }

  /** {@code body} for a CONTENT lesson, {@code videoUrl} (https) for a VIDEO one. */
  public record Lesson(String id, String title, LessonKind kind, String body, String videoUrl) {}

  public static Course draft(
      String id, String workspaceId, String title, String description, Instant now) {
    return new Course(
        id, workspaceId, title, description, CourseStatus.DRAFT, List.of(), now, now, null, null);
  }

  public boolean published() {
    return status == CourseStatus.PUBLISHED;
  }

  public Optional<Module> module(String moduleId) {
    return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
  }

  /** The module holding the lesson, when the course has that lesson. */
  public Optional<Module> moduleOfLesson(String lessonId) {
    return modules.stream()
        .filter(m -> m.lessons().stream().anyMatch(l -> l.id().equals(lessonId)))
        .findFirst();
  }

  public Course withDetails(String newTitle, String newDescription, Instant now) {
    return new Course(
        id,
        workspaceId,
        newTitle,
        newDescription,
        status,
        modules,
        createdAt,
        now,
        publishedAt,
        version);
  }

  public Course withModules(List<Module> changed, Instant now) {
    return new Course(
        id,
        workspaceId,
        title,
        description,
        status,
        List.copyOf(changed),
        createdAt,
        now,
        publishedAt,
        version);
  }

  /** The course with {@code moduleId} replaced by what {@code change} makes of it. */
  public Course withModule(String moduleId, UnaryOperator<Module> change, Instant now) {
    List<Module> changed = new ArrayList<>();
    for (Module m : modules) {
      changed.add(m.id().equals(moduleId) ? change.apply(m) : m);
    }
    return withModules(changed, now);
  }

  public Course publishedAt(Instant now) {
    return new Course(
        id,
        workspaceId,
        title,
        description,
        CourseStatus.PUBLISHED,
        modules,
        createdAt,
        now,
        publishedAt == null ? now : publishedAt,
        version);
  }
}
