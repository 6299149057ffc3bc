package com.mewayz.workflows.social;

import java.util.List;

/**
 * Input of {@link SocialPostWorkflow}. Fields may be added, never removed or renamed: recorded
 * histories carry them.
 *
 * @param publishAtMillis when to publish (epoch milliseconds); a time already past publishes at
 *     once
 */
public record PostRequest(
    String postId,
    String workspaceId,
    String text,
    long publishAtMillis,
    List<PostTarget> targets) {}
