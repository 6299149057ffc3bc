package com.mewayz.workflows.billing;

/**
 * Life of an invoice. {@link #DRAFT} is edited freely and has no workflow; sending it makes it
 * {@link #OPEN} and starts its {@link InvoiceDunningWorkflow}. {@link #PAID} and {@link #VOID} are
 * final; {@link #UNCOLLECTIBLE} (the dunning's final action) still accepts a late payment or a
 * void.
 */
public enum InvoiceStatus {
  DRAFT,
  OPEN,
  PAID,
  VOID,
  UNCOLLECTIBLE;

  public boolean isFinal() {
    return this == PAID || this == VOID;
  }

  /** Whether a payment can still be recorded, or the invoice voided. */
  public boolean isCollectible() {
    return this == OPEN || this == UNCOLLECTIBLE;
  }
}
