package com.mewayz.workflows.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.mewayz.workflows.courses.DripSchedule.ScheduledModule;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.InOrder;

/**
 * The drip in skipped time: each test starts Temporal's test server at a chosen instant, so the
 * releases can be checked against a calendar, daylight-saving changes included.
 */
class CourseDripWorkflowTest {
  private static final String ENROLLMENT = "enr-1";
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  // A release happens when its timer fires; the workflow task that runs it may start a moment
  // later in the test server's clock, never earlier.
  private static final Duration SLACK = Duration.ofSeconds(2);

  private final CourseActivities courses =
      mock(CourseActivities.class, withSettings().withoutAnnotations());
  private final AtomicReference<List<ScheduledModule>> course = new AtomicReference<>();
  private final List<Release> releases = Collections.synchronizedList(new ArrayList<>());

  private TestWorkflowEnvironment env;
  private CourseDripWorkflow drip;

  /** One call of the release activity: which modules, at which virtual instant. */
  record Release(List<String> moduleIds, Instant at, long releasedAtArgument) {}

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
  }

  /** Starts the test server at {@code enrolledAt} and enrols the student there and then. */
  private void enrol(Instant enrolledAt, ZoneId zone, List<ScheduledModule> modules) {
    enrol(enrolledAt, enrolledAt, zone, modules);
  }

  /**
   * Enrols at {@code enrolledAt} as the API recorded it, the test server's clock at {@code now}.
   */
  private void enrol(Instant now, Instant enrolledAt, ZoneId zone, List<ScheduledModule> modules) {
    course.set(modules);
    when(courses.schedule(ENROLLMENT)).thenAnswer(call -> new DripSchedule(course.get()));
    doAnswer(
            call -> {
              releases.add(
                  new Release(
                      List.copyOf(call.getArgument(1)),
                      Instant.ofEpochMilli(env.currentTimeMillis()),
                      call.getArgument(2, Long.class)));
              return null;
            })
        .when(courses)
        .release(eq(ENROLLMENT), anyList(), anyLong());
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTime(now).build());
    Worker worker = env.newWorker(CourseDrips.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(CourseDripWorkflowImpl.class);
    worker.registerActivitiesImplementations(courses);
    env.start();
    drip =
        env.getWorkflowClient()
            .newWorkflowStub(
                CourseDripWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(CourseDrips.workflowId(ENROLLMENT))
                    .setTaskQueue(CourseDrips.TASK_QUEUE)
                    .build());
    WorkflowClient.start(
        drip::run,
        new DripRequest(ENROLLMENT, "ws-1", "crs-1", zone.getId(), enrolledAt.toEpochMilli()));
    env.sleep(Duration.ofMinutes(1));
  }

  private static ScheduledModule module(String id, ReleaseRule rule) {
    return new ScheduledModule(id, rule);
  }

  private static Instant local(String dateTime, ZoneId zone) {
    return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  private EnrollmentStatus result() {
    return WorkflowStub.fromTyped(drip).getResult(EnrollmentStatus.class);
  }

  private void assertReleased(int index, List<String> moduleIds, Instant expected) {
    Release release = releases.get(index);
    assertThat(release.moduleIds()).as("modules of release %d", index).isEqualTo(moduleIds);
    assertThat(release.at())
        .as("virtual time of the release of %s", moduleIds)
        .isBetween(expected, expected.plus(SLACK));
    assertThat(Instant.ofEpochMilli(release.releasedAtArgument()))
        .isBetween(expected, expected.plus(SLACK));
  }

  /** Twelve weekly modules: the first at enrolment, then one every 7 days at 09:00. */
  private static List<ScheduledModule> weekly(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            week ->
                module(
                    "m" + (week + 1),
                    week == 0
                        ? ReleaseRule.immediate()
                        : ReleaseRule.daysAfterEnrollment(7 * week, "09:00")))
        .toList();
  }

  @ParameterizedTest(name = "enrolled {0} New York time")
  @CsvSource({
    // Spring forward on 9 March 2025: 09:00 is 14:00 UTC before, 13:00 UTC after.
    "2025-02-20T15:30, 2025-03-06T14:00:00Z, 2025-03-13T13:00:00Z",
    // Fall back on 2 November 2025: 09:00 is 13:00 UTC before, 14:00 UTC after.
    "2025-10-02T18:00, 2025-10-30T13:00:00Z, 2025-11-06T14:00:00Z"
  })
  void twelveWeekDripReleasesEachModuleAtNineInTheStudentsZoneAcrossDaylightSaving(
      String enrolledLocal, Instant lastBeforeChange, Instant firstAfterChange) {
    Instant enrolledAt = local(enrolledLocal, NEW_YORK);
    enrol(enrolledAt, NEW_YORK, weekly(12));

    env.sleep(Duration.ofDays(7 * 12));

    assertThat(releases).hasSize(12);
    assertReleased(0, List.of("m1"), enrolledAt);
    LocalDate enrolledOn = LocalDate.parse(enrolledLocal.substring(0, 10));
    for (int week = 1; week < 12; week++) {
      Instant expected =
          enrolledOn.plusDays(7L * week).atTime(LocalTime.of(9, 0)).atZone(NEW_YORK).toInstant();
      assertReleased(week, List.of("m" + (week + 1)), expected);
    }
    // The same 09:00 on the wall clock is another UTC hour on each side of the change.
    assertThat(releases)
        .extracting(Release::at)
        .anySatisfy(at -> assertThat(at).isBetween(lastBeforeChange, lastBeforeChange.plus(SLACK)))
        .anySatisfy(at -> assertThat(at).isBetween(firstAfterChange, firstAfterChange.plus(SLACK)));
    InOrder inOrder = inOrder(courses);
    inOrder.verify(courses).emit(ENROLLMENT, "course.enrolled");
    inOrder.verify(courses).sendMail(ENROLLMENT, CourseMailKind.WELCOME);
    inOrder.verify(courses).release(eq(ENROLLMENT), eq(List.of("m1")), anyLong());
    assertThat(drip.progress().status()).isEqualTo(EnrollmentStatus.ACTIVE);
    verify(courses, never()).emit(ENROLLMENT, "course.completed");
  }

  @Test
  void aPauseOfThreeDaysShiftsTheRemainingReleasesByThreeDaysButNotAFixedDate() {
    Instant enrolledAt = local("2025-04-01T10:00", NEW_YORK);
    enrol(
        enrolledAt,
        NEW_YORK,
        List.of(
            module("m1", ReleaseRule.immediate()),
            module("m2", ReleaseRule.daysAfterEnrollment(7, "09:00")),
            module("live", ReleaseRule.fixedDate("2025-04-10", "18:00")),
            module("m3", ReleaseRule.daysAfterEnrollment(14, "09:00")),
            module("q-and-a", ReleaseRule.fixedDate("2025-04-20", "18:00")),
            module("m4", ReleaseRule.daysAfterEnrollment(21, "09:00"))));
    env.sleep(Duration.between(now(), local("2025-04-09T12:00", NEW_YORK)));
    assertThat(releases).hasSize(2);

    assertThat(drip.pause().status()).isEqualTo(EnrollmentStatus.PAUSED);
    verify(courses).updateStatus(eq(ENROLLMENT), eq(EnrollmentStatus.PAUSED), anyLong());
    env.sleep(Duration.ofDays(3));
    assertThat(releases).as("nothing is released while paused").hasSize(2);
    DripProgress resumed = drip.resume();

    assertThat(resumed.pausedMillis())
        .isBetween(Duration.ofDays(3).toMillis(), Duration.ofDays(3).plus(SLACK).toMillis());
    env.sleep(Duration.ofDays(30));
    assertReleased(0, List.of("m1"), enrolledAt);
    assertReleased(1, List.of("m2"), local("2025-04-08T09:00", NEW_YORK));
    // The fixed date passed during the pause: released when the clock starts again.
    assertReleased(2, List.of("live"), local("2025-04-12T12:00", NEW_YORK));
    assertReleased(3, List.of("m3"), local("2025-04-18T09:00", NEW_YORK));
    assertReleased(4, List.of("q-and-a"), local("2025-04-20T18:00", NEW_YORK));
    assertReleased(5, List.of("m4"), local("2025-04-25T09:00", NEW_YORK));
    verify(courses).updateStatus(eq(ENROLLMENT), eq(EnrollmentStatus.ACTIVE), anyLong());
  }

  @Test
  void aCompletionGatedModuleWaitsForThePreviousModuleThenTheLastCompletesTheCourse() {
    enrol(
        local("2025-05-05T08:00", NEW_YORK),
        NEW_YORK,
        List.of(
            module("basics", ReleaseRule.immediate()),
            module("advanced", ReleaseRule.afterPreviousCompleted())));
    env.sleep(Duration.ofDays(30));
    assertThat(releases).extracting(Release::moduleIds).containsExactly(List.of("basics"));
    assertThat(drip.progress().modules().get(1).releaseAtMillis()).isNull();

    Instant completedAt = now();
    DripProgress progress = drip.completeModule("basics");

    assertThat(progress.modules().get(1).releasedAtMillis()).isNotNull();
    assertReleased(1, List.of("advanced"), completedAt);
    drip.completeModule("advanced");
    assertThat(result()).isEqualTo(EnrollmentStatus.COMPLETED);
    InOrder inOrder = inOrder(courses);
    inOrder.verify(courses).updateStatus(eq(ENROLLMENT), eq(EnrollmentStatus.COMPLETED), anyLong());
    inOrder.verify(courses).emit(ENROLLMENT, "course.completed");
    inOrder.verify(courses).sendMail(ENROLLMENT, CourseMailKind.COMPLETED);
  }

  @Test
  void releaseAllReleasesEveryPendingModuleInOneGoWhateverItsRule() {
    enrol(
        local("2025-05-05T08:00", NEW_YORK),
        NEW_YORK,
        List.of(
            module("m1", ReleaseRule.immediate()),
            module("m2", ReleaseRule.daysAfterEnrollment(7, null)),
            module("m3", ReleaseRule.afterPreviousCompleted()),
            module("m4", ReleaseRule.fixedDate("2026-01-01", "10:00"))));
    env.sleep(Duration.ofDays(1));
    Instant askedAt = now();

    DripProgress progress = drip.releaseAll();

    assertThat(progress.modules()).allSatisfy(m -> assertThat(m.releasedAtMillis()).isNotNull());
    assertReleased(1, List.of("m2", "m3", "m4"), askedAt);
    env.sleep(Duration.ofDays(365));
    assertThat(releases).hasSize(2);
    assertThatThrownBy(drip::releaseAll)
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("Every module is released already");
  }

  @Test
  void unenrollingEndsTheDripAndNothingMoreIsReleasedOrMailed() {
    enrol(local("2025-05-05T08:00", NEW_YORK), NEW_YORK, weekly(4));
    env.sleep(Duration.ofDays(8));

    assertThat(drip.unenroll().status()).isEqualTo(EnrollmentStatus.UNENROLLED);

    assertThat(result()).isEqualTo(EnrollmentStatus.UNENROLLED);
    env.sleep(Duration.ofDays(30));
    assertThat(releases)
        .extracting(Release::moduleIds)
        .containsExactly(List.of("m1"), List.of("m2"));
    verify(courses).updateStatus(eq(ENROLLMENT), eq(EnrollmentStatus.UNENROLLED), anyLong());
    verify(courses, never()).sendMail(ENROLLMENT, CourseMailKind.COMPLETED);
    verify(courses, never()).emit(ENROLLMENT, "course.completed");
  }

  @Test
  void modulesAddedToARunningCourseAreReleasedByTheirRule() {
    Instant enrolledAt = local("2025-06-02T08:00", NEW_YORK);
    enrol(enrolledAt, NEW_YORK, weekly(2));
    env.sleep(Duration.ofDays(10));

    List<ScheduledModule> extended = new ArrayList<>(weekly(2));
    extended.add(module("late-catch-up", ReleaseRule.daysAfterEnrollment(3, "09:00")));
    extended.add(module("week-3", ReleaseRule.daysAfterEnrollment(21, "09:00")));
    extended.add(module("after-week-3", ReleaseRule.afterPreviousCompleted()));
    course.set(extended);
    Instant changedAt = now();
    drip.courseChanged();
    env.sleep(Duration.ofDays(30));

    assertThat(releases).hasSize(4);
    // Its day had passed already: released at once.
    assertReleased(2, List.of("late-catch-up"), changedAt);
    assertReleased(3, List.of("week-3"), local("2025-06-23T09:00", NEW_YORK));
    drip.completeModule("week-3");
    assertThat(releases.get(4).moduleIds()).containsExactly("after-week-3");
  }

  @Test
  void refusesPausingTwiceResumingAnActiveEnrolmentAndCompletingAnUnreleasedModule() {
    enrol(local("2025-05-05T08:00", NEW_YORK), NEW_YORK, weekly(3));

    assertThatThrownBy(drip::resume)
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("Only a paused enrolment can be resumed");
    assertThatThrownBy(() -> drip.completeModule("m2"))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("not released yet");
    drip.pause();
    assertThatThrownBy(drip::pause)
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("Only an active enrolment can be paused");
    verify(courses, never()).release(anyString(), eq(List.of("m2")), anyLong());
  }

  @Test
  void anImmediateModuleIsReleasedAtOnceEvenWhenTheApisClockIsAhead() {
    Instant now = local("2025-05-05T08:00", NEW_YORK);
    enrol(now, now.plus(Duration.ofHours(1)), NEW_YORK, weekly(2));

    assertReleased(0, List.of("m1"), now);
    assertThat(releases).hasSize(1);
  }

  @Test
  void progressTellsWhenEachModuleIsDueAndWhenItWasReleased() {
    Instant enrolledAt = local("2025-05-05T08:00", NEW_YORK);
    enrol(enrolledAt, NEW_YORK, weekly(3));

    DripProgress progress = drip.progress();

    assertThat(progress.status()).isEqualTo(EnrollmentStatus.ACTIVE);
    assertThat(progress.modules())
        .extracting(DripProgress.ModuleProgress::releaseAtMillis)
        .containsExactly(
            enrolledAt.toEpochMilli(),
            local("2025-05-12T09:00", NEW_YORK).toEpochMilli(),
            local("2025-05-19T09:00", NEW_YORK).toEpochMilli());
    assertThat(progress.modules().get(0).releasedAtMillis()).isNotNull();
    assertThat(progress.modules().get(1).releasedAtMillis()).isNull();
  }
}
