package com.mewayz.workflows.replay;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.mewayz.workflows.social.PostEdit;
import com.mewayz.workflows.social.PostRequest;
import com.mewayz.workflows.social.PostTarget;
import com.mewayz.workflows.social.PublishFailureTypes;
import com.mewayz.workflows.social.Published;
import com.mewayz.workflows.social.SocialPlatform;
import com.mewayz.workflows.social.SocialPostActivities;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.SocialPostWorkflow;
import com.mewayz.workflows.social.SocialPostWorkflowImpl;
import com.mewayz.workflows.social.SocialPosts;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the scheduled-post histories {@link WorkflowReplayTest} replays. Run on purpose only (it
 * rewrites test resources): {@code ./mvnw -pl workflows test -Dtest=SocialHistoryRecording
 * -Drecord.histories=true}.
 */
@EnabledIfSystemProperty(named = "record.histories", matches = "true")
class SocialHistoryRecording {
  private static final List<PostTarget> BOTH =
      List.of(
          new PostTarget("acc-x", SocialPlatform.X),
          new PostTarget("acc-li", SocialPlatform.LINKEDIN));

  @Test
  void recordSocialPostPaths() throws Exception {
    record(
        "social-post-edited-rescheduled-published",
        (env, post) -> {
          env.sleep(Duration.ofMinutes(30));
          post.edit(new PostEdit("Spring sale: 20% off everything"));
          post.reschedule(env.currentTimeMillis() + Duration.ofHours(3).toMillis());
        });
    record(
        "social-post-cancelled",
        (env, post) -> {
          env.sleep(Duration.ofMinutes(30));
          post.cancel();
        });
    record("social-post-partially-published", (env, post) -> {});
  }

  private void record(String name, BiConsumer<TestWorkflowEnvironment, SocialPostWorkflow> action)
      throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(SocialPosts.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(SocialPostWorkflowImpl.class);
      SocialPostActivities activities =
          mock(SocialPostActivities.class, withSettings().withoutAnnotations());
      // X is rate limited once, then takes the post; LinkedIn takes it, except on the partial path.
      when(activities.publish(anyString(), eq("acc-x"), anyString()))
          .thenThrow(
              ApplicationFailure.newBuilder()
                  .setMessage("X rate limit reached")
                  .setType(PublishFailureTypes.PLATFORM_UNAVAILABLE.type())
                  .setNextRetryDelay(Duration.ofMinutes(2))
                  .build())
          .thenReturn(new Published("1850", "https://x.com/mewayz/status/1850"));
      if (name.contains("partially")) {
        when(activities.publish(anyString(), eq("acc-li"), anyString()))
            .thenThrow(
                ApplicationFailure.newNonRetryableFailure(
                    "LinkedIn refused the account's token",
                    PublishFailureTypes.NEEDS_RECONNECT.type()));
      } else {
        when(activities.publish(anyString(), eq("acc-li"), anyString()))
            .thenReturn(
                new Published(
                    "urn:li:share:77", "https://www.linkedin.com/feed/update/urn:li:share:77/"));
      }
      worker.registerActivitiesImplementations(activities);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      SocialPostWorkflow post =
          client.newWorkflowStub(
              SocialPostWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId(name)
                  .setTaskQueue(SocialPosts.TASK_QUEUE)
                  .build());
      WorkflowClient.start(
          post::run,
          new PostRequest(
              "post-" + name,
              "ws-1",
              "Spring sale",
              env.currentTimeMillis() + Duration.ofHours(1).toMillis(),
              BOTH));
      action.accept(env, post);
      WorkflowStub.fromTyped(post).getResult(SocialPostStatus.class);
      Files.writeString(
          WorkflowReplayTest.HISTORIES.resolve(name + ".json"),
          client.fetchHistory(name).toJson(true));
    }
  }
}
