package com.mewayz.workflows.courses;

import com.mewayz.workflows.courses.DripProgress.ModuleProgress;
import com.mewayz.workflows.courses.DripSchedule.ScheduledModule;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drip loop: at every wake (a release timer, an update, or the course-changed signal) it reads
 * the course's modules again, releases what is due, records a status change, and sleeps until the
 * next timed release or the next request. Reading the modules through an activity keeps the loop
 * deterministic while modules added or moved in a running course are seen at the next wake.
 *
 * <p>About 15 history events per release, so a course of 50 modules stays near a thousand events:
 * no continue-as-new is needed. An enrolment waiting for completions holds no timer and costs
 * nothing while it waits.
 */
public class CourseDripWorkflowImpl implements CourseDripWorkflow {
  private final CourseActivities courses =
      Workflow.newActivityStub(CourseActivities.class, CourseDrips.ACTIVITIES);

  private final String enrollmentId;
  private final ZoneId zone;
  private final long enrolledAt;
  private List<ScheduledModule> modules = List.of();
  private final Map<String, Long> releasedAt = new HashMap<>();
  private final Set<String> completed = new HashSet<>();
  private EnrollmentStatus status = EnrollmentStatus.ACTIVE;
  private EnrollmentStatus recorded = EnrollmentStatus.ACTIVE;
  private Long pausedAt;
  private long pausedMillis;
  private boolean releaseAllRequested;
  private boolean unenrollRequested;
  // Updates and signals count up `requests`; the loop sets `handled` once it acted on them, which
  // is what each update waits for before answering.
  private int requests;
  private int handled;

  // Runs before any update handler, so the validators always know the enrolment.
  @WorkflowInit
  public CourseDripWorkflowImpl(DripRequest request) {
    this.enrollmentId = request.enrollmentId();
    this.zone = ZoneId.of(request.timeZone());
    this.enrolledAt = request.enrolledAtMillis();
  }

  @Override
  public EnrollmentStatus run(DripRequest ignored) {
    try {
      courses.emit(enrollmentId, "course.enrolled");
      courses.sendMail(enrollmentId, CourseMailKind.WELCOME);
      while (!status.isFinal()) {
        int seen = requests;
        if (unenrollRequested) {
          end(EnrollmentStatus.UNENROLLED);
        } else {
          modules = courses.schedule(enrollmentId).modules();
          releaseDue();
          recordStatus();
          if (everyModuleCompleted()) {
            complete();
          }
        }
        handled = seen;
        if (!status.isFinal()) {
          sleepUntilNextRelease();
        }
      }
    } catch (CanceledFailure e) {
      // Cancelled from Temporal itself (an operator): the same end as the creator's unenrol.
      Workflow.newDetachedCancellationScope(() -> end(EnrollmentStatus.UNENROLLED)).run();
      throw e;
    }
    handled = requests;
    // Lets the update that ended the run answer before the run closes.
    Workflow.await(Workflow::isEveryHandlerFinished);
    return status;
  }

  /** Sleeps until the next timed release is due, or until an update or signal wakes the loop. */
  private void sleepUntilNextRelease() {
    Long next = nextReleaseAt();
    if (next == null) {
      Workflow.await(() -> requests > handled);
    } else {
      long wait = Math.max(1, next - Workflow.currentTimeMillis());
      Workflow.await(Duration.ofMillis(wait), () -> requests > handled);
    }
  }

  private void releaseDue() {
    long now = Workflow.currentTimeMillis();
    // Taken now: a release-all arriving while this release runs is acted on at the next turn.
    boolean releaseAll = releaseAllRequested;
    releaseAllRequested = false;
    List<String> due = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      ScheduledModule module = modules.get(i);
      if (!releasedAt.containsKey(module.moduleId())
          && (releaseAll || (status == EnrollmentStatus.ACTIVE && isDue(i, now)))) {
        due.add(module.moduleId());
      }
    }
    if (!due.isEmpty()) {
      courses.release(enrollmentId, due, now);
      due.forEach(id -> releasedAt.put(id, now));
    }
  }

  /**
   * An immediate module at once (even if the enrolment's recorded instant is a little ahead of the
   * workflow's clock), a timed one once its time came, a gated one once the module before it is
   * completed.
   */
  private boolean isDue(int index, long now) {
    ScheduledModule module = modules.get(index);
    return switch (module.rule().type()) {
      case IMMEDIATE -> true;
      // A first module has nothing to wait for (the API refuses it; a reorder may still do it).
      case AFTER_PREVIOUS_COMPLETED ->
          index == 0 || completed.contains(modules.get(index - 1).moduleId());
      case DAYS_AFTER_ENROLLMENT, FIXED_DATE -> releaseAt(module) <= now;
    };
  }

  /** The earliest timed release still pending, or null when none (or while paused). */
  private Long nextReleaseAt() {
    if (status != EnrollmentStatus.ACTIVE) {
      return null;
    }
    Long next = null;
    for (ScheduledModule module : modules) {
      Long at = releasedAt.containsKey(module.moduleId()) ? null : releaseAt(module);
      if (at != null && (next == null || at < next)) {
        next = at;
      }
    }
    return next;
  }

  /**
   * When a timed module is due: its rule's instant in the student's zone, plus the pauses taken for
   * rules counted from the enrolment. A fixed date stays where it is (see docs/courses.md).
   */
  private Long releaseAt(ScheduledModule module) {
    Long due = ReleaseTimes.dueAtMillis(module.rule(), zone, enrolledAt);
    if (due == null || !ReleaseTimes.shiftedByPause(module.rule())) {
      return due;
    }
    return due + pausedMillis;
  }

  private boolean everyModuleCompleted() {
    return !modules.isEmpty()
        && modules.stream().allMatch(module -> completed.contains(module.moduleId()));
  }

  private void recordStatus() {
    if (status != recorded) {
      EnrollmentStatus now = status;
      courses.updateStatus(enrollmentId, now, Workflow.currentTimeMillis());
      recorded = now;
    }
  }

  private void complete() {
    end(EnrollmentStatus.COMPLETED);
    courses.emit(enrollmentId, "course.completed");
    courses.sendMail(enrollmentId, CourseMailKind.COMPLETED);
  }

  private void end(EnrollmentStatus outcome) {
    courses.updateStatus(enrollmentId, outcome, Workflow.currentTimeMillis());
    status = outcome;
    recorded = outcome;
  }

  @Override
  public DripProgress pause() {
    status = EnrollmentStatus.PAUSED;
    pausedAt = Workflow.currentTimeMillis();
    return acted();
  }

  @Override
  public void validatePause() {
    if (status != EnrollmentStatus.ACTIVE || unenrollRequested) {
      throw new IllegalArgumentException("Only an active enrolment can be paused: " + describe());
    }
  }

  @Override
  public DripProgress resume() {
    pausedMillis += Workflow.currentTimeMillis() - pausedAt;
    pausedAt = null;
    status = EnrollmentStatus.ACTIVE;
    return acted();
  }

  @Override
  public void validateResume() {
    if (status != EnrollmentStatus.PAUSED || unenrollRequested) {
      throw new IllegalArgumentException("Only a paused enrolment can be resumed: " + describe());
    }
  }

  @Override
  public DripProgress releaseAll() {
    releaseAllRequested = true;
    return acted();
  }

  @Override
  public void validateReleaseAll() {
    requireNotEnded();
    if (!modules.isEmpty()
        && modules.stream().allMatch(module -> releasedAt.containsKey(module.moduleId()))) {
      throw new IllegalArgumentException("Every module is released already");
    }
  }

  @Override
  public DripProgress unenroll() {
    unenrollRequested = true;
    return acted();
  }

  @Override
  public void validateUnenroll() {
    requireNotEnded();
  }

  @Override
  public DripProgress completeModule(String moduleId) {
    completed.add(moduleId);
    return acted();
  }

  @Override
  public void validateCompleteModule(String moduleId) {
    requireNotEnded();
    if (!releasedAt.containsKey(moduleId)) {
      throw new IllegalArgumentException("The module " + moduleId + " is not released yet");
    }
    if (completed.contains(moduleId)) {
      throw new IllegalArgumentException("The module " + moduleId + " is completed already");
    }
  }

  @Override
  public void courseChanged() {
    requests++;
  }

  /** Wakes the loop and answers once it acted on this request (or the enrolment ended). */
  private DripProgress acted() {
    int ticket = ++requests;
    Workflow.await(() -> handled >= ticket || status.isFinal());
    return progress();
  }

  @Override
  public DripProgress progress() {
    List<ModuleProgress> list = new ArrayList<>();
    for (ScheduledModule module : modules) {
      list.add(
          new ModuleProgress(
              module.moduleId(),
              module.rule().type(),
              releaseAt(module),
              releasedAt.get(module.moduleId()),
              completed.contains(module.moduleId())));
    }
    return new DripProgress(status, pausedAt, pausedMillis, list);
  }

  private void requireNotEnded() {
    if (status.isFinal() || unenrollRequested) {
      throw new IllegalArgumentException("The enrolment has ended: " + describe());
    }
  }

  private String describe() {
    return unenrollRequested ? "unenrolling" : status.name().toLowerCase();
  }
}
