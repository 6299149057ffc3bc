package com.mewayz.workflows.commerce;

/** The mails an order sends over its life; each goes out at most once per order. */
public enum OrderMailKind {
  /** To the customer: the order is paid and confirmed. */
  CONFIRMATION,
  /** To the customer: the digital products' content. */
  DIGITAL_DELIVERY,
  /** To the customer: the parcel left, with its tracking. */
  SHIPPED,
  /** To the customer: the order was cancelled. */
  CANCELLED,
  /** To the merchant: a manually paid order was cancelled and must be refunded by hand. */
  REFUND_DUE,
  /** To the customer: a card payment arrived after the order was cancelled and was refunded. */
  LATE_PAYMENT_REFUNDED
}
