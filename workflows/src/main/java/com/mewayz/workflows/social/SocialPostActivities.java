package com.mewayz.workflows.social;

import io.temporal.activity.ActivityInterface;

/**
 * Side effects of a scheduled post: the platforms' APIs, the post record, mails and events. Account
 * tokens never cross this interface: methods take account ids and load and decrypt the token
 * themselves. A post or account that no longer exists fails with {@code NOT_FOUND}, not retried.
 */
@ActivityInterface
public interface SocialPostActivities {

  /**
   * Publishes {@code text} on the account and records the platform's post id and address on the
   * post's target before answering; emits {@code social.post_published} under the event id {@code
   * {workspaceId}:social-post:{postId}:{accountId}:social.post_published}.
   *
   * <p>Exactly once where the platforms allow it (they take no idempotency key): a target already
   * recorded as published answers its recorded outcome without calling the platform; an attempt is
   * marked on the target before the call, so a retry knows an earlier answer may have been lost,
   * and then reads the platform's duplicate-content refusal (X 403, LinkedIn 422) as the earlier
   * attempt having gone through.
   *
   * <p>Failures: {@code PLATFORM_UNAVAILABLE} (429, 5xx, network) is retried, after the platform's
   * reset time when it gives one; {@code NOT_CONNECTED} (no token), {@code NEEDS_RECONNECT} (401:
   * the account is marked for reconnection) and {@code REJECTED} (other 4xx) are not.
   */
  Published publish(String postId, String accountId, String text);

  /**
   * Records the target as failed with {@code reason} and emits {@code social.post_failed} under the
   * event id {@code {workspaceId}:social-post:{postId}:{accountId}:social.post_failed}. Repeating
   * it changes nothing.
   */
  void recordFailure(String postId, String accountId, String reason);

  /** Sets the post record's status as of {@code atMillis}. Repeating it changes nothing. */
  void recordStatus(String postId, SocialPostStatus status, long atMillis);

  /**
   * Mails the post's author which accounts it failed on and why, at most once, under the mail key
   * {@code social-post:{postId}:failed}. A mail server that is down is retryable.
   */
  void notifyOwner(String postId);
}
