package com.mewayz.workflows.social;

import com.mewayz.workflows.social.PostProgress.TargetProgress;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sleeps on a durable timer until the publish time (an edit, reschedule or cancel wakes it to look
 * again), then publishes on every account at once and waits for each to succeed or run out of
 * attempts. One account failing does not hold back the others; the post ends PUBLISHED,
 * PARTIALLY_PUBLISHED or FAILED, and the author is mailed when any account failed.
 *
 * <p>A post costs about 10 history events per account plus a few per update: no continue-as-new.
 */
public class SocialPostWorkflowImpl implements SocialPostWorkflow {
  private final SocialPostActivities bookkeeping =
      Workflow.newActivityStub(SocialPostActivities.class, SocialPosts.BOOKKEEPING);
  private final Map<SocialPlatform, SocialPostActivities> publishers =
      new EnumMap<>(SocialPlatform.class);

  private final String postId;
  private final Map<String, TargetProgress> targets = new LinkedHashMap<>();
  private String text;
  private long publishAt;
  private SocialPostStatus status = SocialPostStatus.SCHEDULED;
  private boolean cancelRequested;
  // Every accepted update counts up, so the wait for the publish time looks at it again.
  private int changes;

  // Runs before any update handler, so the validators always know the post.
  @WorkflowInit
  public SocialPostWorkflowImpl(PostRequest request) {
    this.postId = request.postId();
    this.text = request.text();
    this.publishAt = request.publishAtMillis();
    for (PostTarget target : request.targets()) {
      targets.put(
          target.accountId(),
          new TargetProgress(
              target.accountId(), target.platform(), TargetStatus.PENDING, null, null, null));
      publishers.computeIfAbsent(
          target.platform(),
          platform ->
              Workflow.newActivityStub(
                  SocialPostActivities.class, SocialPosts.publishing(platform)));
    }
  }

  @Override
  public SocialPostStatus run(PostRequest ignored) {
    try {
      waitForPublishTime();
      if (cancelRequested) {
        end(SocialPostStatus.CANCELLED);
      } else {
        begin();
        publishEverywhere();
        end(outcome());
        if (status != SocialPostStatus.PUBLISHED) {
          bookkeeping.notifyOwner(postId);
        }
      }
    } catch (CanceledFailure e) {
      // Cancelled from Temporal itself (an operator): recorded like the author's cancel, unless
      // publishing had already begun, whose outcome the record keeps.
      if (status == SocialPostStatus.SCHEDULED) {
        Workflow.newDetachedCancellationScope(() -> end(SocialPostStatus.CANCELLED)).run();
      }
      throw e;
    }
    // Lets the cancel update that ended the run answer before the run closes.
    Workflow.await(Workflow::isEveryHandlerFinished);
    return status;
  }

  private void waitForPublishTime() {
    while (!cancelRequested) {
      long wait = publishAt - Workflow.currentTimeMillis();
      if (wait <= 0) {
        return;
      }
      int seen = changes;
      Workflow.await(Duration.ofMillis(wait), () -> changes != seen);
    }
  }

  private void begin() {
    // Set before the activity, so an update arriving meanwhile is already refused.
    status = SocialPostStatus.PUBLISHING;
    bookkeeping.recordStatus(postId, status, Workflow.currentTimeMillis());
  }

  /** Publishes on every account in parallel, each with its platform's retries. */
  private void publishEverywhere() {
    String publishedText = text;
    Map<String, Promise<Published>> calls = new LinkedHashMap<>();
    for (TargetProgress target : targets.values()) {
      SocialPostActivities publisher = publishers.get(target.platform());
      calls.put(
          target.accountId(),
          Async.function(publisher::publish, postId, target.accountId(), publishedText));
    }
    for (Map.Entry<String, Promise<Published>> call : calls.entrySet()) {
      TargetProgress target = targets.get(call.getKey());
      try {
        Published published = call.getValue().get();
        targets.put(
            target.accountId(),
            new TargetProgress(
                target.accountId(),
                target.platform(),
                TargetStatus.PUBLISHED,
                published.platformPostId(),
                published.url(),
                null));
      } catch (ActivityFailure failure) {
        String reason = reason(failure);
        bookkeeping.recordFailure(postId, target.accountId(), reason);
        targets.put(
            target.accountId(),
            new TargetProgress(
                target.accountId(), target.platform(), TargetStatus.FAILED, null, null, reason));
      }
    }
  }

  private SocialPostStatus outcome() {
    long published =
        targets.values().stream().filter(t -> t.status() == TargetStatus.PUBLISHED).count();
    if (published == targets.size()) {
      return SocialPostStatus.PUBLISHED;
    }
    return published == 0 ? SocialPostStatus.FAILED : SocialPostStatus.PARTIALLY_PUBLISHED;
  }

  private void end(SocialPostStatus outcome) {
    bookkeeping.recordStatus(postId, outcome, Workflow.currentTimeMillis());
    status = outcome;
  }

  /** The platform's or the activity's own words, not Temporal's wrapper text. */
  private static String reason(ActivityFailure failure) {
    Throwable cause = failure.getCause();
    if (cause instanceof ApplicationFailure app) {
      return app.getOriginalMessage();
    }
    if (cause instanceof TimeoutFailure) {
      return "The platform did not answer in time";
    }
    return cause == null ? failure.getMessage() : cause.getMessage();
  }

  @Override
  public PostProgress edit(PostEdit edit) {
    text = edit.text();
    changes++;
    return status();
  }

  @Override
  public void validateEdit(PostEdit edit) {
    requireScheduled();
    if (edit == null || edit.text() == null || edit.text().isBlank()) {
      throw new IllegalArgumentException("The text must not be blank");
    }
    for (TargetProgress target : targets.values()) {
      String problem = target.platform().tooLong(edit.text());
      if (problem != null) {
        throw new IllegalArgumentException("The text " + problem);
      }
    }
  }

  @Override
  public PostProgress reschedule(long publishAtMillis) {
    publishAt = publishAtMillis;
    changes++;
    return status();
  }

  @Override
  public void validateReschedule(long publishAtMillis) {
    requireScheduled();
  }

  @Override
  public PostProgress cancel() {
    cancelRequested = true;
    changes++;
    Workflow.await(() -> status == SocialPostStatus.CANCELLED);
    return status();
  }

  @Override
  public void validateCancel() {
    requireScheduled();
  }

  private void requireScheduled() {
    if (status != SocialPostStatus.SCHEDULED || cancelRequested) {
      throw new IllegalArgumentException(
          "The post is "
              + (cancelRequested ? "being cancelled" : status.name().toLowerCase())
              + " and can no longer change");
    }
  }

  @Override
  public PostProgress status() {
    return new PostProgress(status, text, publishAt, List.copyOf(targets.values()));
  }
}
