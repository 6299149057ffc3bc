package com.mewayz.workflows.billing;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One sent invoice, until it is paid or voided: mails it, waits for the due date, then walks the
 * dunning ladder (a charge of the saved payment method and an escalating reminder per rung) and
 * runs the final actions. A payment or a void stops it at once. Workflow id: {@link
 * Invoices#workflowId(String)}.
 */
@WorkflowInterface
public interface InvoiceDunningWorkflow {

  /** Returns PAID or VOID; UNCOLLECTIBLE or OPEN when the collection window closed unpaid. */
  @WorkflowMethod
  InvoiceStatus run(InvoiceRequest request);

  /** A payment arrived (the merchant's or Stripe's); answers PAID once the receipt is out. */
  @UpdateMethod
  InvoiceStatus recordPayment(InvoicePayment payment);

  @UpdateValidatorMethod(updateName = "recordPayment")
  void validateRecordPayment(InvoicePayment payment);

  /** The merchant voids the invoice; answers VOID once recorded. No reminder follows. */
  @UpdateMethod(name = "void")
  InvoiceStatus voidInvoice();

  @UpdateValidatorMethod(updateName = "void")
  void validateVoidInvoice();

  /** Holds the ladder: no rung runs until {@link #resume}. */
  @UpdateMethod
  DunningStatus pause();

  @UpdateValidatorMethod(updateName = "pause")
  void validatePause();

  /** Continues the ladder; the rungs left are shifted by the time it stood paused. */
  @UpdateMethod
  DunningStatus resume();

  @UpdateValidatorMethod(updateName = "resume")
  void validateResume();

  @QueryMethod
  DunningStatus status();
}
