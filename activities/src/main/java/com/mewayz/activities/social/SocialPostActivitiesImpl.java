package com.mewayz.activities.social;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.activities.mail.Mailer;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.domain.social.SocialAccount;
import com.mewayz.domain.social.SocialAccountStore;
import com.mewayz.domain.social.SocialPost;
import com.mewayz.domain.social.SocialPostStore;
import com.mewayz.domain.social.SocialQueueStore;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.workflows.common.FailureTypes;
import com.mewayz.workflows.social.PublishFailureTypes;
import com.mewayz.workflows.social.Published;
import com.mewayz.workflows.social.SocialPlatform;
import com.mewayz.workflows.social.SocialPostActivities;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.TargetStatus;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class SocialPostActivitiesImpl implements SocialPostActivities {
  private static final Logger log = LoggerFactory.getLogger(SocialPostActivitiesImpl.class);

  private final SocialPostStore posts;
  private final SocialAccountStore accounts;
  private final SocialQueueStore queue;
  private final Map<SocialPlatform, SocialPublisher> publishers =
      new EnumMap<>(SocialPlatform.class);
  private final UserRepository users;
  private final SocialMails mails;
  private final Mailer mailer;
  private final EventDispatcher events;
  private final Clock clock;

  public SocialPostActivitiesImpl(
      SocialPostStore posts,
      SocialAccountStore accounts,
      SocialQueueStore queue,
      List<SocialPublisher> publishers,
      UserRepository users,
      SocialMails mails,
      Mailer mailer,
      EventDispatcher events,
      Clock clock) {
    this.posts = posts;
    this.accounts = accounts;
    this.queue = queue;
    publishers.forEach(p -> this.publishers.put(p.platform(), p));
    this.users = users;
    this.mails = mails;
    this.mailer = mailer;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Published publish(String postId, String accountId, String text) {
    SocialPost post = load(postId);
    SocialPost.Target target = post.target(accountId);
    if (target == null) {
      throw gone("target " + accountId + " of post " + postId);
    }
    if (target.status() == TargetStatus.PUBLISHED) {
      // A retry after the outcome was recorded but not reported: the post is out already.
      return new Published(target.platformPostId(), target.url());
    }
    SocialAccount account =
        accounts
            .find(accountId)
            .orElseThrow(() -> refused(PublishFailureTypes.NOT_FOUND, "The account was removed"));
    String token =
        accounts
            .token(account)
            .orElseThrow(
                () ->
                    refused(
                        PublishFailureTypes.NOT_CONNECTED,
                        describe(account) + " is not connected: connect it to publish"));
    if (account.reconnectReason() != null) {
      throw refused(
          PublishFailureTypes.NEEDS_RECONNECT,
          describe(account) + " needs reconnecting: " + account.reconnectReason());
    }
    SocialPost.Target before = posts.beginAttempt(postId, accountId, clock.instant());
    boolean earlierAnswerLost = before != null && before.inFlight();
    Published published = call(account, token, text, postId, earlierAnswerLost);
    Instant now = clock.instant();
    posts.recordPublished(postId, accountId, published, now);
    Map<String, Object> data = data(post, account);
    data.put("platformPostId", published.platformPostId());
    data.put("url", published.url());
    emit(post, accountId, "social.post_published", data);
    return published;
  }

  /**
   * The platform call, turned into what the workflow retries or not. When an earlier attempt's
   * answer was lost, the platform's duplicate-content refusal means that attempt went through.
   */
  private Published call(
      SocialAccount account, String token, String text, String postId, boolean earlierAnswerLost) {
    SocialPublisher publisher = publishers.get(account.platform());
    try {
      return publisher.publish(account, token, text);
    } catch (PlatformUnreachable unknown) {
      // The attempt stays in flight: the platform may have taken the post.
      throw ApplicationFailure.newFailure(
          unknown.getMessage(), PublishFailureTypes.PLATFORM_UNAVAILABLE.type());
    } catch (PublishRefused refused) {
      if (refused.reason() == PublishRefused.Reason.DUPLICATE && earlierAnswerLost) {
        log.info(
            "Post {} on account {}: the earlier attempt went through ({})",
            postId,
            account.id(),
            refused.getMessage());
        String earlier = refused.duplicateOf();
        return new Published(earlier, earlier == null ? null : LinkedInPublisher.url(earlier));
      }
      posts.settleAttempt(postId, account.id());
      throw failure(account, refused);
    }
  }

  private ApplicationFailure failure(SocialAccount account, PublishRefused refused) {
    return switch (refused.reason()) {
      case RATE_LIMITED, UNAVAILABLE ->
          ApplicationFailure.newBuilder()
              .setMessage(refused.getMessage())
              .setType(PublishFailureTypes.PLATFORM_UNAVAILABLE.type())
              .setNextRetryDelay(refused.retryAfter())
              .build();
      case UNAUTHORIZED -> {
        accounts.markNeedsReconnect(account.id(), refused.getMessage());
        yield refused(
            PublishFailureTypes.NEEDS_RECONNECT,
            describe(account) + " needs reconnecting: " + refused.getMessage());
      }
      case DUPLICATE, REJECTED -> refused(PublishFailureTypes.REJECTED, refused.getMessage());
    };
  }

  @Override
  public void recordFailure(String postId, String accountId, String reason) {
    SocialPost post = load(postId);
    posts.recordFailure(postId, accountId, reason, clock.instant());
    Map<String, Object> data =
        accounts
            .find(accountId)
            .map(account -> data(post, account))
            .orElseGet(() -> data(post, null));
    data.put("accountId", accountId);
    data.put("reason", reason);
    emit(post, accountId, "social.post_failed", data);
  }

  @Override
  public void recordStatus(String postId, SocialPostStatus status, long atMillis) {
    posts.updateStatus(postId, status, Instant.ofEpochMilli(atMillis));
    if (status == SocialPostStatus.CANCELLED) {
      queue.release(postId);
    }
  }

  @Override
  public void notifyOwner(String postId) {
    SocialPost post = load(postId);
    users
        .findById(post.createdBy())
        .ifPresent(
            owner -> mailer.send("social-post:" + postId + ":failed", mails.failed(owner, post)));
  }

  private void emit(SocialPost post, String accountId, String type, Map<String, Object> data) {
    events.publish(
        new PlatformEvent(
            post.workspaceId() + ":social-post:" + post.id() + ":" + accountId + ":" + type,
            post.workspaceId(),
            type,
            post.id(),
            data,
            clock.instant()));
  }

  private static Map<String, Object> data(SocialPost post, SocialAccount account) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("postId", post.id());
    data.put("text", post.text());
    data.put("scheduledAt", post.scheduledAt() == null ? null : post.scheduledAt().toString());
    if (account != null) {
      data.put("accountId", account.id());
      data.put("platform", account.platform().name());
      data.put("accountName", account.displayName());
    }
    return data;
  }

  private static String describe(SocialAccount account) {
    return "The " + account.platform().label() + " account " + account.displayName();
  }

  private SocialPost load(String postId) {
    return posts.find(postId).orElseThrow(() -> gone("post " + postId));
  }

  private static ApplicationFailure refused(PublishFailureTypes type, String message) {
    return ApplicationFailure.newNonRetryableFailure(message, type.type());
  }

  /** Not retried: a post that is gone will not come back. */
  private static ApplicationFailure gone(String what) {
    return ApplicationFailure.newNonRetryableFailure(
        "The " + what + " no longer exists", FailureTypes.NOT_FOUND.type());
  }
}
