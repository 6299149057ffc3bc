package com.mewayz.domain.social;

import com.mewayz.workflows.social.PostRequest;
import com.mewayz.workflows.social.PostTarget;
import com.mewayz.workflows.social.SocialPlatform;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.TargetStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A post scheduled on one or more accounts of a workspace. The API writes its text and time; its
 * SocialPostWorkflow drives {@code status} and each target's outcome.
 *
 * @param accountIds the accounts, in the order the author chose them
 * @param targets per account id: where the post stands on it
 * @param fromQueue whether the time was the queue's next free slot
 * @param createdBy the member who wrote it, mailed when an account fails
 */
@Document("social_posts")
@CompoundIndex(name = "by_schedule", def = "{'workspaceId': 1, 'status': 1, 'scheduledAt': 1}")
public record SocialPost(
    @Id String id,
    String workspaceId,
    String text,
    Instant scheduledAt,
    boolean fromQueue,
    SocialPostStatus status,
    List<String> accountIds,
    Map<String, Target> targets,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt) {

  /**
   * Where the post stands on one account.
   *
   * @param inFlight an attempt was sent and its answer is not recorded yet: a retry must assume the
   *     platform may have taken it (see docs/social.md)
   */
  public record Target(
      SocialPlatform platform,
      String accountName,
      TargetStatus status,
      int attempts,
      boolean inFlight,
      Instant lastAttemptAt,
      String platformPostId,
      String url,
      String error,
      Instant publishedAt) {

    public static Target pending(SocialAccount account) {
      return new Target(
          account.platform(),
          account.displayName(),
          TargetStatus.PENDING,
          0,
          false,
          null,
          null,
          null,
          null,
          null);
    }
  }

  /** The input of this post's workflow: its text, time and accounts. */
  public PostRequest request() {
    return new PostRequest(
        id,
        workspaceId,
        text,
        scheduledAt.toEpochMilli(),
        accountIds.stream().map(a -> new PostTarget(a, targets.get(a).platform())).toList());
  }

  public Target target(String accountId) {
    return targets == null ? null : targets.get(accountId);
  }
}
