package com.mewayz.workflows.ai;

import io.temporal.activity.ActivityInterface;

/**
 * Side effects of AI content. Each activity loads the workspace's provider itself from the content
 * record's workspace, so no key ever enters a workflow history. A content record that no longer
 * exists fails with {@code NOT_FOUND}, not retryable.
 */
@ActivityInterface
public interface AiContentActivities {

  /**
   * Writes the draft of {@code request.round()} with the workspace's provider, brand voice and the
   * content's brief, stores it on the content record and returns it. Usage is recorded per model
   * call under {@code {contentId}:{round}:{attempt}:{call}}, so a retry never counts a call twice
   * but does count a call it repeats (the provider charged it).
   *
   * <p>Not retryable: {@code NOT_CONFIGURED}, {@code BUDGET_EXHAUSTED} (checked before each call),
   * {@code PROVIDER_REJECTED} (401, 403, 400, 404), {@code MALFORMED_OUTPUT} (the answer did not
   * parse even after the error was fed back twice). Retryable: 429 and 5xx (the next attempt waits
   * the provider's {@code Retry-After} when it sends one), timeouts and connection failures.
   */
  ContentDraft generate(GenerationRequest request);

  /** Sets the record's status (and failure message). Repeating it changes nothing. */
  void recordStatus(String contentId, AiContentStatus status, String message);

  /**
   * Publishes {@code approved} into the content's target and returns what it became there (a
   * campaign id, a product id, a lesson id). Idempotent per content: the campaign draft and the
   * lesson take ids derived from the content id, a product description is set, not appended. Then
   * emits {@code ai.content_published} for automations under the event id {@code
   * {workspaceId}:ai-content:{contentId}:ai.content_published}, so a retry starts nothing twice.
   * Fails with {@code TARGET_UNAVAILABLE} (not retryable) when the target cannot take it.
   */
  String publish(String contentId, ContentDraft approved);
}
