package com.mewayz.workflows.social;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One scheduled post: waits until its publish time, publishes on each of its accounts (retrying
 * within each platform's rate limits), records every platform's post id and address, and tells the
 * author when an account failed. Until the publish time it can be edited, rescheduled or cancelled.
 * Workflow id: {@link SocialPosts#workflowId(String)}.
 */
@WorkflowInterface
public interface SocialPostWorkflow {

  /** Returns PUBLISHED, PARTIALLY_PUBLISHED, FAILED or CANCELLED. */
  @WorkflowMethod
  SocialPostStatus run(PostRequest request);

  /** Replaces the text; refused once publishing began or when too long for an account. */
  @UpdateMethod
  PostProgress edit(PostEdit edit);

  @UpdateValidatorMethod(updateName = "edit")
  void validateEdit(PostEdit edit);

  /** Moves the publish time; a time already past publishes at once. */
  @UpdateMethod
  PostProgress reschedule(long publishAtMillis);

  @UpdateValidatorMethod(updateName = "reschedule")
  void validateReschedule(long publishAtMillis);

  /** Cancels the post before its publish time; answers once the cancellation is recorded. */
  @UpdateMethod
  PostProgress cancel();

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel();

  @QueryMethod
  PostProgress status();
}
