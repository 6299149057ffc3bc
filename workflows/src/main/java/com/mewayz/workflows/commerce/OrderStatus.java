package com.mewayz.workflows.commerce;

/** Life of an order. {@link #COMPLETED} and {@link #CANCELLED} are final. */
public enum OrderStatus {
  /** Created; its stock is being reserved. */
  RESERVING,
  AWAITING_PAYMENT,
  /** Paid; digital content is being delivered. */
  PAID,
  /** Paid and waiting for the merchant to ship it. */
  AWAITING_SHIPMENT,
  SHIPPED,
  COMPLETED,
  CANCELLED;

  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }
}
