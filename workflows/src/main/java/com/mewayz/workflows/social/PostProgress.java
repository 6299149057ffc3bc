package com.mewayz.workflows.social;

import java.util.List;

/**
 * What {@link SocialPostWorkflow#status()} answers. Fields may be added, never removed or renamed.
 */
public record PostProgress(
    SocialPostStatus status, String text, long publishAtMillis, List<TargetProgress> targets) {

  /**
   * @param error why the account failed, in words, or null
   */
  public record TargetProgress(
      String accountId,
      SocialPlatform platform,
      TargetStatus status,
      String platformPostId,
      String url,
      String error) {}
}
