package com.mewayz.workflows.ai;

/**
 * The content's progress as the workflow sees it.
 *
 * @param round the draft's round: 0 for the first, one more per rejection
 * @param draft the latest draft (the approved one, once approved)
 * @param failure why the content failed, when it did
 * @param publishedRef what the content became in its target (a campaign id, a product id...)
 */
public record AiContentProgress(
    AiContentStatus status,
    int round,
    ContentDraft draft,
    String lastFeedback,
    String failure,
    String publishedRef) {}
