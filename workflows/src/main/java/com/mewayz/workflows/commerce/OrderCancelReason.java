package com.mewayz.workflows.commerce;

/** Why an order was cancelled. */
public enum OrderCancelReason {
  OUT_OF_STOCK,
  PAYMENT_TIMEOUT,
  /** The merchant cancelled it. */
  MERCHANT
}
