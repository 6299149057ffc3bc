package com.mewayz.workflows.automations;

import java.util.List;

/**
 * Event types the platform emits for automations to start on or wait for. Features add theirs here;
 * custom types (e.g. {@code form.submitted}) can also be sent through the API.
 */
public final class DomainEvents {
  public static final List<String> TYPES =
      List.of(
          "contact.created",
          "contact.updated",
          "contact.tagged",
          "contact.unsubscribed",
          "order.created",
          "order.paid",
          "order.shipped",
          "order.cancelled",
          "order.refunded",
          "booking.created",
          "booking.rescheduled",
          "booking.cancelled",
          "course.enrolled",
          "course.module_released",
          "course.completed",
          "invoice.overdue",
          "invoice.paid",
          "social.post_published",
          "social.post_failed",
          "bio_page.published",
          "ai.content_published",
          "form.submitted");

  private DomainEvents() {}
}
