package com.mewayz.workflows.bookings;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One booking, from the confirmation to the follow-up: confirms it with a calendar invitation,
 * reminds the customer at each offset before the start, follows the booking when it is moved or
 * cancelled, and sends a follow-up after the event. Workflow id: {@link
 * Bookings#workflowId(String)}.
 *
 * <p>The updates answer once the workflow acted on them (mail sent, event emitted).
 */
@WorkflowInterface
public interface BookingReminderWorkflow {

  /** Returns COMPLETED, or CANCELLED. */
  @WorkflowMethod
  BookingStatus run(BookingRequest request);

  /** The booking moved: every reminder still to come moves with it. */
  @UpdateMethod
  BookingProgress reschedule(Reschedule reschedule);

  @UpdateValidatorMethod(updateName = "reschedule")
  void validateReschedule(Reschedule reschedule);

  /** The booking was cancelled (with the invitation's new SEQUENCE): nothing more is sent. */
  @UpdateMethod
  BookingProgress cancel(int sequence);

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(int sequence);

  @QueryMethod
  BookingProgress progress();
}
