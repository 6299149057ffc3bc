package com.mewayz.api.social;

import com.mewayz.api.social.SocialViews.CreatePostRequest;
import com.mewayz.api.social.SocialViews.PostView;
import com.mewayz.api.social.SocialViews.RescheduleRequest;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.web.UpdateRejections;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.social.SocialAccount;
import com.mewayz.domain.social.SocialAccountState;
import com.mewayz.domain.social.SocialAccountStore;
import com.mewayz.domain.social.SocialPost;
import com.mewayz.domain.social.SocialPostRepository;
import com.mewayz.domain.social.SocialPostStore;
import com.mewayz.domain.social.SocialQueue;
import com.mewayz.domain.social.SocialQueueStore;
import com.mewayz.workflows.social.PostEdit;
import com.mewayz.workflows.social.PostProgress;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.SocialPostWorkflow;
import com.mewayz.workflows.social.SocialPosts;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Scheduled posts: the record lives in MongoDB, the wait and the publishing in one
 * SocialPostWorkflow per post. Changes are updates of that workflow, written to the record once the
 * workflow accepted them.
 */
@Service
class SocialPostService {
  private static final Logger log = LoggerFactory.getLogger(SocialPostService.class);
  // A time a little in the past is "now" (a slow client, a clock a bit behind), not a mistake.
  private static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);
  private static final Instant FAR_PAST = Instant.EPOCH;
  private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

  private final SocialPostRepository posts;
  private final SocialPostStore store;
  private final SocialAccountStore accounts;
  private final SocialQueueStore queues;
  private final WorkflowClient temporal;
  private final Clock clock;

  SocialPostService(
      SocialPostRepository posts,
      SocialPostStore store,
      SocialAccountStore accounts,
      SocialQueueStore queues,
      WorkflowClient temporal,
      Clock clock) {
    this.posts = posts;
    this.store = store;
    this.accounts = accounts;
    this.queues = queues;
    this.temporal = temporal;
    this.clock = clock;
  }

  PostView create(WorkspaceAccess access, CreatePostRequest body) {
    List<SocialAccount> targets = targets(access, body.accountIds());
    requireFits(body.text(), targets);
    String id = new ObjectId().toHexString();
    Instant now = clock.instant();
    boolean fromQueue = Boolean.TRUE.equals(body.queue());
    Instant publishAt = fromQueue ? claimQueueSlot(access, id) : publishTime(body.scheduledAt());
    Map<String, SocialPost.Target> pending = new LinkedHashMap<>();
    targets.forEach(a -> pending.put(a.id(), SocialPost.Target.pending(a)));
    SocialPost post =
        posts.insert(
            new SocialPost(
                id,
                access.workspaceId(),
                body.text(),
                publishAt,
                fromQueue,
                SocialPostStatus.SCHEDULED,
                targets.stream().map(SocialAccount::id).toList(),
                pending,
                access.userId(),
                now,
                now,
                null));
    start(post);
    return PostView.of(post, null);
  }

  PageResponse<PostView> list(
      WorkspaceAccess access,
      SocialPostStatus status,
      Instant from,
      Instant to,
      PageRequestParams params) {
    PageRequest page =
        PageRequest.of(
            params.page(), params.size(), Sort.by(Sort.Direction.ASC, "scheduledAt", "_id"));
    Instant start = from == null ? FAR_PAST : from;
    Instant end = to == null ? FAR_FUTURE : to;
    Page<SocialPost> found =
        status == null
            ? posts.findByWorkspaceIdAndScheduledAtBetween(access.workspaceId(), start, end, page)
            : posts.findByWorkspaceIdAndStatusAndScheduledAtBetween(
                access.workspaceId(), status, start, end, page);
    return new PageResponse<>(
        found.getContent().stream().map(p -> PostView.of(p, null)).toList(),
        params.page(),
        params.size(),
        found.getTotalElements());
  }

  PostView get(WorkspaceAccess access, String postId) {
    SocialPost post = load(access, postId);
    return PostView.of(post, live(post));
  }

  PostView edit(WorkspaceAccess access, String postId, String text) {
    SocialPost post = load(access, postId);
    List<SocialAccount> targets = new ArrayList<>();
    post.accountIds().forEach(id -> accounts.find(id).ifPresent(targets::add));
    requireFits(text, targets);
    PostProgress live = act(post, workflow -> workflow.edit(new PostEdit(text)));
    store.updateText(postId, text, clock.instant());
    return PostView.of(reload(post), live);
  }

  PostView reschedule(WorkspaceAccess access, String postId, RescheduleRequest body) {
    SocialPost post = load(access, postId);
    boolean fromQueue = Boolean.TRUE.equals(body.queue());
    if (!fromQueue && body.scheduledAt() == null) {
      throw ApiException.invalid("scheduledAt", "must be given, or queue set to true");
    }
    requireScheduled(post);
    Instant publishAt =
        fromQueue ? claimQueueSlot(access, postId) : publishTime(body.scheduledAt());
    PostProgress live;
    try {
      live = act(post, workflow -> workflow.reschedule(publishAt.toEpochMilli()));
    } catch (ApiException refused) {
      if (fromQueue) {
        queues.releaseSlot(access.workspaceId(), publishAt, postId);
      }
      throw refused;
    }
    // The old slot is free for the queue once the post left it.
    if (post.fromQueue()) {
      queues.releaseSlot(access.workspaceId(), post.scheduledAt(), postId);
    }
    store.reschedule(postId, publishAt, fromQueue, clock.instant());
    return PostView.of(reload(post), live);
  }

  PostView cancel(WorkspaceAccess access, String postId) {
    SocialPost post = load(access, postId);
    PostProgress live = act(post, SocialPostWorkflow::cancel);
    return PostView.of(reload(post), live);
  }

  /**
   * The accounts by id, each once, in the workspace and connected (400 naming the one at fault).
   */
  private List<SocialAccount> targets(WorkspaceAccess access, List<String> accountIds) {
    List<SocialAccount> found = new ArrayList<>();
    List<String> ids = List.copyOf(new LinkedHashSet<>(accountIds));
    for (int i = 0; i < ids.size(); i++) {
      String field = "accountIds[" + accountIds.indexOf(ids.get(i)) + "]";
      SocialAccount account =
          accounts
              .find(access.workspaceId(), ids.get(i))
              .orElseThrow(
                  () -> ApiException.invalid(field, "is not an account of this workspace"));
      if (account.state() != SocialAccountState.CONNECTED) {
        throw ApiException.invalid(
            field,
            account.platform().label()
                + " account "
                + account.displayName()
                + (account.state() == SocialAccountState.NOT_CONNECTED
                    ? " is not connected"
                    : " needs reconnecting"));
      }
      found.add(account);
    }
    return found;
  }

  /** 400 naming {@code text} when it is too long for one of the accounts' platforms. */
  private static void requireFits(String text, List<SocialAccount> targets) {
    targets.stream()
        .map(SocialAccount::platform)
        .distinct()
        .map(platform -> platform.tooLong(text))
        .filter(problem -> problem != null)
        .findFirst()
        .ifPresent(
            problem -> {
              throw ApiException.invalid("text", problem);
            });
  }

  private Instant publishTime(Instant requested) {
    Instant now = clock.instant();
    if (requested == null) {
      return now;
    }
    if (requested.isBefore(now.minus(PAST_TOLERANCE))) {
      throw ApiException.invalid("scheduledAt", "must not be in the past");
    }
    return requested.isBefore(now) ? now : requested;
  }

  private Instant claimQueueSlot(WorkspaceAccess access, String postId) {
    SocialQueue queue =
        queues
            .find(access.workspaceId())
            .filter(q -> !q.slots().isEmpty())
            .orElseThrow(
                () -> ApiException.invalid("queue", "the workspace has no time slots: set them"));
    return queues
        .claimNext(queue, clock.instant(), postId)
        .orElseThrow(() -> ApiException.conflict("Every slot of the next year is taken"));
  }

  private PostProgress act(SocialPost post, Function<SocialPostWorkflow, PostProgress> update) {
    requireScheduled(post);
    try {
      return update.apply(workflow(post.id()));
    } catch (WorkflowUpdateException e) {
      throw UpdateRejections.conflict(e, "The post refused the change");
    } catch (WorkflowNotFoundException e) {
      throw ended(reload(post));
    }
  }

  private static void requireScheduled(SocialPost post) {
    if (post.status() != SocialPostStatus.SCHEDULED) {
      throw ended(post);
    }
  }

  private static ApiException ended(SocialPost post) {
    return ApiException.conflict(
        "The post is " + post.status().name().toLowerCase() + " and can no longer change");
  }

  private PostProgress live(SocialPost post) {
    if (post.status().isFinal()) {
      return null;
    }
    try {
      return workflow(post.id()).status();
    } catch (RuntimeException e) {
      log.debug("Post {} could not be asked for its status", post.id(), e);
      return null;
    }
  }

  private void start(SocialPost post) {
    try {
      SocialPosts.start(temporal, post.request());
    } catch (RuntimeException e) {
      // Without its workflow the post would never go out: drop it and its slot.
      posts.deleteById(post.id());
      queues.release(post.id());
      log.error("Could not start the post workflow", e);
      throw ApiException.unavailable("Posts cannot be scheduled right now; try again shortly");
    }
  }

  private SocialPostWorkflow workflow(String postId) {
    return temporal.newWorkflowStub(SocialPostWorkflow.class, SocialPosts.workflowId(postId));
  }

  private SocialPost load(WorkspaceAccess access, String postId) {
    return posts
        .findByIdAndWorkspaceId(postId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Post"));
  }

  private SocialPost reload(SocialPost post) {
    return posts.findById(post.id()).orElse(post);
  }
}
