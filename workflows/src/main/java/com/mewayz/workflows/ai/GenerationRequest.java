package com.mewayz.workflows.ai;

/**
 * One draft to write: round 0 is the first, each rejection asks for the next round with the
 * person's feedback on the draft before.
 */
public record GenerationRequest(
    String contentId, int round, String feedback, ContentDraft rejectedDraft) {}
