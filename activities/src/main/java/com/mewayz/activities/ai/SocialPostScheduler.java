package com.mewayz.activities.ai;

/**
 * Schedules a social post from approved content. The social feature provides the implementation
 * ({@code AiSocialPosts}); without one, {@link #NOT_AVAILABLE} answers for it.
 */
public interface SocialPostScheduler {
  /**
   * Schedules {@code text} in the workspace, idempotently per {@code contentId}, and returns the
   * post's id. Throws a non-retryable {@code TARGET_UNAVAILABLE} when it cannot.
   */
  String schedule(String workspaceId, String contentId, String text, String requestedBy);

  SocialPostScheduler NOT_AVAILABLE =
      (workspaceId, contentId, text, requestedBy) -> {
        throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(
            "Social posts are not available yet: the approved text is kept on the content to copy",
            com.mewayz.workflows.ai.AiFailureTypes.TARGET_UNAVAILABLE.type());
      };
}
