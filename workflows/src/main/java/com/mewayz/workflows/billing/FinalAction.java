package com.mewayz.workflows.billing;

/**
 * What happens when the dunning ladder is over and the invoice is still unpaid. They run in this
 * order, whatever order they were configured in, so the owner's notice can say what was done.
 */
public enum FinalAction {
  /** The invoice becomes UNCOLLECTIBLE; a late payment or a void is still accepted. */
  MARK_UNCOLLECTIBLE,
  /**
   * The customer's access is suspended: a flag on the invoice, and the tag {@code access-suspended}
   * on the customer's CRM contact when there is one. A later payment lifts both.
   */
  SUSPEND_ACCESS,
  /** The workspace owner gets a mail saying the invoice is unpaid and what was done. */
  NOTIFY_OWNER
}
