package com.mewayz.workflows.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** A scheduled post in skipped time, with the platforms' side of the activities mocked. */
class SocialPostWorkflowTest {
  private static final String POST = "post-1";
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final PostTarget ON_X = new PostTarget("acc-x", SocialPlatform.X);
  private static final PostTarget ON_LINKEDIN = new PostTarget("acc-li", SocialPlatform.LINKEDIN);
  // A publish happens when its timer fires; the task that runs it may start a moment later.
  private static final Duration SLACK = Duration.ofSeconds(2);

  private final SocialPostActivities activities =
      mock(SocialPostActivities.class, withSettings().withoutAnnotations());
  private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

  private TestWorkflowEnvironment env;
  private SocialPostWorkflow post;

  /** One call of the publish activity: on which account, with which text, at which instant. */
  record Attempt(String accountId, String text, Instant at) {}

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
  }

  /** Starts the test server at {@link #START} and schedules the post {@code in} from then. */
  private void schedule(Duration in, String text, PostTarget... targets) {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTime(START).build());
    Worker worker = env.newWorker(SocialPosts.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(SocialPostWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities);
    env.start();
    post =
        env.getWorkflowClient()
            .newWorkflowStub(
                SocialPostWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(SocialPosts.workflowId(POST))
                    .setTaskQueue(SocialPosts.TASK_QUEUE)
                    .build());
    WorkflowClient.start(
        post::run,
        new PostRequest(POST, "ws-1", text, START.plus(in).toEpochMilli(), List.of(targets)));
    env.sleep(Duration.ofSeconds(1));
  }

  /** The mocked platform answers each call on {@code accountId} in turn with these. */
  private void answers(String accountId, Object... outcomes) {
    var stubbing = when(activities.publish(eq(POST), eq(accountId), anyString()));
    for (Object outcome : outcomes) {
      stubbing =
          stubbing.thenAnswer(
              call -> {
                attempts.add(
                    new Attempt(
                        accountId,
                        call.getArgument(2),
                        Instant.ofEpochMilli(env.currentTimeMillis())));
                if (outcome instanceof RuntimeException failure) {
                  throw failure;
                }
                return outcome;
              });
    }
  }

  private static Published onX(String id) {
    return new Published(id, "https://x.com/mewayz/status/" + id);
  }

  private static ApplicationFailure unavailable(String message) {
    return ApplicationFailure.newFailure(message, PublishFailureTypes.PLATFORM_UNAVAILABLE.type());
  }

  private SocialPostStatus result() {
    return WorkflowStub.fromTyped(post).getResult(SocialPostStatus.class);
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  @Test
  void waitsUntilThePublishTimeThenPublishesOnEveryAccountAndRecordsTheirIds() {
    answers("acc-x", onX("1850"));
    answers(
        "acc-li",
        new Published("urn:li:share:77", "https://www.linkedin.com/feed/update/urn:li:share:77/"));
    schedule(Duration.ofHours(2), "Spring sale starts today", ON_X, ON_LINKEDIN);

    env.sleep(Duration.ofHours(1));
    assertThat(attempts).as("nothing before the publish time").isEmpty();
    assertThat(post.status().status()).isEqualTo(SocialPostStatus.SCHEDULED);

    assertThat(result()).isEqualTo(SocialPostStatus.PUBLISHED);
    assertThat(attempts)
        .extracting(Attempt::accountId)
        .containsExactlyInAnyOrder("acc-x", "acc-li");
    assertThat(attempts)
        .allSatisfy(
            a ->
                assertThat(a.at())
                    .isBetween(
                        START.plus(Duration.ofHours(2)),
                        START.plus(Duration.ofHours(2)).plus(SLACK)));
    PostProgress done = post.status();
    assertThat(done.targets())
        .extracting(PostProgress.TargetProgress::platformPostId)
        .containsExactly("1850", "urn:li:share:77");
    assertThat(done.targets().get(0).url()).isEqualTo("https://x.com/mewayz/status/1850");
    InOrder order = inOrder(activities);
    order.verify(activities).recordStatus(eq(POST), eq(SocialPostStatus.PUBLISHING), anyLong());
    order.verify(activities).recordStatus(eq(POST), eq(SocialPostStatus.PUBLISHED), anyLong());
    verify(activities, never()).recordFailure(anyString(), anyString(), anyString());
    verify(activities, never()).notifyOwner(anyString());
  }

  @Test
  void aRescheduleMovesThePublishTimeLaterAndEarlier() {
    answers("acc-x", onX("1"));
    schedule(Duration.ofHours(2), "Later", ON_X);
    env.sleep(Duration.ofHours(1));

    PostProgress moved = post.reschedule(START.plus(Duration.ofHours(5)).toEpochMilli());

    assertThat(moved.publishAtMillis()).isEqualTo(START.plus(Duration.ofHours(5)).toEpochMilli());
    env.sleep(Duration.ofHours(2));
    assertThat(attempts).as("not at the old time").isEmpty();
    post.reschedule(START.plus(Duration.ofHours(4)).toEpochMilli());
    assertThat(result()).isEqualTo(SocialPostStatus.PUBLISHED);
    assertThat(attempts.get(0).at())
        .isBetween(START.plus(Duration.ofHours(4)), START.plus(Duration.ofHours(4)).plus(SLACK));
  }

  @Test
  void anEditChangesTheTextPublishedAndATextTooLongForAnAccountIsRefused() {
    answers("acc-x", onX("2"));
    schedule(Duration.ofDays(1), "Frist draft", ON_X);

    assertThat(post.edit(new PostEdit("First draft, fixed")).text())
        .isEqualTo("First draft, fixed");
    assertThatThrownBy(() -> post.edit(new PostEdit("x".repeat(281))))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("is 281 characters; X allows 280");

    assertThat(result()).isEqualTo(SocialPostStatus.PUBLISHED);
    assertThat(attempts).extracting(Attempt::text).containsExactly("First draft, fixed");
  }

  @Test
  void aCancelStopsThePostAndNothingIsPublished() {
    schedule(Duration.ofHours(3), "Never mind", ON_X, ON_LINKEDIN);
    env.sleep(Duration.ofHours(1));

    assertThat(post.cancel().status()).isEqualTo(SocialPostStatus.CANCELLED);

    assertThat(result()).isEqualTo(SocialPostStatus.CANCELLED);
    env.sleep(Duration.ofHours(3));
    verify(activities, never()).publish(anyString(), anyString(), anyString());
    verify(activities).recordStatus(eq(POST), eq(SocialPostStatus.CANCELLED), anyLong());
    verify(activities, never()).notifyOwner(anyString());
  }

  @Test
  void updatesAreRefusedOncePublishingBegan() {
    answers("acc-x", unavailable("X answered 502"), onX("3"));
    schedule(Duration.ofMinutes(5), "Going out", ON_X);
    env.sleep(Duration.ofMinutes(5).plusSeconds(5));
    assertThat(attempts).as("the first attempt failed; the retry waits").hasSize(1);

    assertThatThrownBy(post::cancel)
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("The post is publishing and can no longer change");
    assertThatThrownBy(() -> post.edit(new PostEdit("Too late")))
        .isInstanceOf(WorkflowUpdateException.class);

    assertThat(result()).isEqualTo(SocialPostStatus.PUBLISHED);
    assertThat(attempts).extracting(Attempt::text).containsOnly("Going out");
  }

  @Test
  void anAccountThatKeepsFailingIsRetriedWithBackoffThenTheOwnerIsNotified() {
    RuntimeException down = unavailable("X answered 503");
    answers("acc-x", down, down, down, down, down);
    schedule(Duration.ofMinutes(10), "Flaky day", ON_X);

    assertThat(result()).isEqualTo(SocialPostStatus.FAILED);

    assertThat(attempts).hasSize(SocialPosts.PUBLISH_ATTEMPTS);
    // 30 s, then doubling: the platform gets time to recover between attempts.
    assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(Duration.between(attempts.get(3).at(), attempts.get(4).at()))
        .isGreaterThanOrEqualTo(Duration.ofMinutes(4));
    InOrder order = inOrder(activities);
    order.verify(activities).recordFailure(POST, "acc-x", "X answered 503");
    order.verify(activities).recordStatus(eq(POST), eq(SocialPostStatus.FAILED), anyLong());
    order.verify(activities).notifyOwner(POST);
    assertThat(post.status().targets().get(0).error()).isEqualTo("X answered 503");
  }

  @Test
  void aRateLimitWaitsForTheResetTimeThePlatformNamed() {
    answers(
        "acc-x",
        ApplicationFailure.newBuilder()
            .setMessage("X rate limit reached")
            .setType(PublishFailureTypes.PLATFORM_UNAVAILABLE.type())
            .setNextRetryDelay(Duration.ofMinutes(12))
            .build(),
        onX("4"));
    schedule(Duration.ofMinutes(1), "Busy hour", ON_X);

    assertThat(result()).isEqualTo(SocialPostStatus.PUBLISHED);

    assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
        .isBetween(Duration.ofMinutes(12), Duration.ofMinutes(12).plus(SLACK));
  }

  @Test
  void oneAccountPublishedAndOneRefusedIsAPartialSuccessAndTheOwnerIsTold() {
    answers("acc-x", onX("5"));
    answers(
        "acc-li",
        ApplicationFailure.newNonRetryableFailure(
            "LinkedIn refused the token: reconnect the account",
            PublishFailureTypes.NEEDS_RECONNECT.type()));
    schedule(Duration.ofHours(1), "Half way", ON_X, ON_LINKEDIN);

    assertThat(result()).isEqualTo(SocialPostStatus.PARTIALLY_PUBLISHED);

    assertThat(attempts)
        .extracting(Attempt::accountId)
        .containsExactlyInAnyOrder("acc-x", "acc-li");
    PostProgress done = post.status();
    assertThat(done.targets())
        .extracting(PostProgress.TargetProgress::status)
        .containsExactly(TargetStatus.PUBLISHED, TargetStatus.FAILED);
    verify(activities)
        .recordFailure(POST, "acc-li", "LinkedIn refused the token: reconnect the account");
    verify(activities, never()).recordFailure(eq(POST), eq("acc-x"), anyString());
    verify(activities).recordStatus(eq(POST), eq(SocialPostStatus.PARTIALLY_PUBLISHED), anyLong());
    verify(activities).notifyOwner(POST);
  }
}
