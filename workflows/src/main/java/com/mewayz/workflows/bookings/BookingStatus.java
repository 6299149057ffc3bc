package com.mewayz.workflows.bookings;

/** Life of a booking. {@link #CANCELLED} and {@link #COMPLETED} are final. */
public enum BookingStatus {
  /** Booked: the customer is reminded before the event. */
  CONFIRMED,
  /** The customer or the workspace cancelled it: nothing more is sent. */
  CANCELLED,
  /** The event took place and the follow-up went out. */
  COMPLETED;

  public boolean isFinal() {
    return this != CONFIRMED;
  }
}
