package com.mewayz.workflows.billing;

/**
 * The mails an invoice sends besides its reminders; each goes out at most once per invoice.
 * Reminders are keyed by their rung instead.
 */
public enum InvoiceMailKind {
  /** To the customer: the invoice, with how to pay it. */
  INVOICE,
  /** To the customer: the payment was received. */
  RECEIPT,
  /** To the customer: the invoice was voided, nothing is owed. */
  VOIDED,
  /** To the workspace owner: the ladder is over, the invoice is unpaid (a final action). */
  OWNER_NOTICE
}
