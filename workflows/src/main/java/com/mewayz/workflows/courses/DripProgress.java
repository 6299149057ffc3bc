package com.mewayz.workflows.courses;

import java.util.List;

/**
 * What {@link CourseDripWorkflow#progress()} answers: where the enrolment is, module by module.
 * Fields may be added, never removed or renamed.
 *
 * @param pausedAtMillis when the running pause began, or null when not paused
 * @param pausedMillis the total of the pauses that ended: how far timed releases were shifted
 */
public record DripProgress(
    EnrollmentStatus status, Long pausedAtMillis, long pausedMillis, List<ModuleProgress> modules) {

  /**
   * @param releaseAtMillis when the module is due, or null when it waits for the previous module's
   *     completion; a running pause is not counted in yet
   * @param releasedAtMillis when it was released, or null
   */
  public record ModuleProgress(
      String moduleId,
      ReleaseRuleType rule,
      Long releaseAtMillis,
      Long releasedAtMillis,
      boolean completed) {}
}
