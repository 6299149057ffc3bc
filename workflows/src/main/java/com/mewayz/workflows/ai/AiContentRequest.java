package com.mewayz.workflows.ai;

/**
 * Starts the process of one piece of content. The brief, source material and target live in the
 * content record; the workflow carries only ids and its rules, and never a provider key.
 *
 * @param maxRegenerations how many rejections are answered with a new draft before the content
 *     fails
 */
public record AiContentRequest(
    String contentId, String workspaceId, boolean requireApproval, int maxRegenerations) {}
