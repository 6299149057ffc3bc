package com.mewayz.activities.social;

import com.mewayz.activities.ai.SocialPostScheduler;
import com.mewayz.domain.social.SocialAccount;
import com.mewayz.domain.social.SocialAccountState;
import com.mewayz.domain.social.SocialAccountStore;
import com.mewayz.domain.social.SocialPost;
import com.mewayz.domain.social.SocialPostRepository;
import com.mewayz.domain.social.SocialQueue;
import com.mewayz.domain.social.SocialQueueStore;
import com.mewayz.workflows.ai.AiFailureTypes;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.SocialPosts;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Approved AI content becomes a social post: on every connected account of the workspace, at the
 * queue's next free slot, as a post the owner can still edit, reschedule or cancel. The post takes
 * the content's id, so a repeated publish finds it instead of posting twice.
 */
@Component
class AiSocialPosts implements SocialPostScheduler {
  private final SocialAccountStore accounts;
  private final SocialQueueStore queues;
  private final SocialPostRepository posts;
  private final WorkflowClient temporal;
  private final Clock clock;

  AiSocialPosts(
      SocialAccountStore accounts,
      SocialQueueStore queues,
      SocialPostRepository posts,
      WorkflowClient temporal,
      Clock clock) {
    this.accounts = accounts;
    this.queues = queues;
    this.posts = posts;
    this.temporal = temporal;
    this.clock = clock;
  }

  @Override
  public String schedule(String workspaceId, String contentId, String text, String requestedBy) {
    SocialPost post = posts.findById(contentId).orElse(null);
    if (post == null) {
      post = posts.insert(newPost(workspaceId, contentId, text, requestedBy));
    }
    start(post);
    return post.id();
  }

  private SocialPost newPost(String workspaceId, String postId, String text, String requestedBy) {
    List<SocialAccount> targets =
        accounts.list(workspaceId).stream()
            .filter(a -> a.state() == SocialAccountState.CONNECTED)
            .toList();
    if (targets.isEmpty()) {
      throw unavailable("The workspace has no connected social account to post on: connect one");
    }
    String tooLong =
        targets.stream()
            .map(a -> a.platform().tooLong(text))
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    if (tooLong != null) {
      throw unavailable("The approved post " + tooLong + ": edit it shorter and approve again");
    }
    SocialQueue queue =
        queues
            .find(workspaceId)
            .filter(q -> !q.slots().isEmpty())
            .orElseThrow(() -> unavailable("The social queue has no time slots: set them"));
    Instant now = clock.instant();
    Instant at =
        queues
            .claimNext(queue, now, postId)
            .orElseThrow(() -> unavailable("Every slot of the social queue's next year is taken"));
    Map<String, SocialPost.Target> pending = new LinkedHashMap<>();
    targets.forEach(a -> pending.put(a.id(), SocialPost.Target.pending(a)));
    return new SocialPost(
        postId,
        workspaceId,
        text,
        at,
        true,
        SocialPostStatus.SCHEDULED,
        targets.stream().map(SocialAccount::id).toList(),
        pending,
        requestedBy,
        now,
        now,
        null);
  }

  private void start(SocialPost post) {
    try {
      SocialPosts.start(temporal, post.request());
    } catch (WorkflowExecutionAlreadyStarted startedBefore) {
      // A repeated publish: the post's workflow runs already.
    }
  }

  private static ApplicationFailure unavailable(String message) {
    return ApplicationFailure.newNonRetryableFailure(
        message, AiFailureTypes.TARGET_UNAVAILABLE.type());
  }
}
