package com.mewayz.activities.bookings;

import com.mewayz.activities.mail.Html;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.activities.mail.OutgoingMail.Attachment;
import com.mewayz.domain.bookings.Booking;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders the mails a customer receives about a booking. Every time is written in the customer's
 * own time zone, named, so "09:00" is never ambiguous.
 */
final class BookingMails {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

  private BookingMails() {}

  /** {@code Tuesday 10 March 2026 at 09:00 (America/New_York)}. */
  static String when(Instant at, String timeZone) {
    ZoneId zone = ZoneId.of(timeZone);
    return WHEN.format(at.atZone(zone)) + " (" + zone.getId() + ")";
  }

  /** The links a customer manages the booking with. */
  record Links(String reschedule, String cancel) {}

  static OutgoingMail confirmation(Booking booking, Links links, Attachment invite) {
    return mail(
        booking,
        "Booked: " + booking.serviceName() + ", " + when(booking.startAt(), zone(booking)),
        "Your booking of "
            + booking.serviceName()
            + " is confirmed for "
            + when(booking.startAt(), zone(booking))
            + ". The invitation is attached: add it to your calendar.",
        links,
        invite);
  }

  static OutgoingMail rescheduled(Booking booking, Links links, Attachment invite) {
    return mail(
        booking,
        "Moved: " + booking.serviceName() + ", now " + when(booking.startAt(), zone(booking)),
        "Your booking of "
            + booking.serviceName()
            + " now takes place on "
            + when(booking.startAt(), zone(booking))
            + ". The attached invitation updates your calendar.",
        links,
        invite);
  }

  static OutgoingMail cancelled(Booking booking, String bookAgain, Attachment cancel) {
    String text =
        "Your booking of "
            + booking.serviceName()
            + " on "
            + when(booking.startAt(), zone(booking))
            + " is cancelled. The attached update removes it from your calendar."
            + "\n\nBook another time: "
            + bookAgain;
    return mail(
        booking,
        "Cancelled: " + booking.serviceName() + ", " + when(booking.startAt(), zone(booking)),
        text,
        null,
        cancel);
  }

  static OutgoingMail reminder(Booking booking, int offsetMinutes, Links links) {
    return mail(
        booking,
        "Reminder: " + booking.serviceName() + " " + inAbout(offsetMinutes),
        "A reminder: your "
            + booking.serviceName()
            + " is on "
            + when(booking.startAt(), zone(booking))
            + ".",
        links,
        null);
  }

  static OutgoingMail followUp(Booking booking, String bookAgain) {
    return mail(
        booking,
        "Thank you for your " + booking.serviceName(),
        "Thank you for coming to your "
            + booking.serviceName()
            + ". We hope it went well.\n\nBook your next one: "
            + bookAgain,
        null,
        null);
  }

  /** "tomorrow" for a day, "in 1 hour", "in 30 minutes", "in 3 days". */
  static String inAbout(int offsetMinutes) {
    if (offsetMinutes == 24 * 60) {
      return "tomorrow";
    }
    if (offsetMinutes % (24 * 60) == 0) {
      return "in " + offsetMinutes / (24 * 60) + " days";
    }
    if (offsetMinutes % 60 == 0) {
      int hours = offsetMinutes / 60;
      return "in " + hours + (hours == 1 ? " hour" : " hours");
    }
    return "in " + offsetMinutes + " minutes";
  }

  private static String zone(Booking booking) {
    return booking.customerTimeZone();
  }

  private static OutgoingMail mail(
      Booking booking, String subject, String text, Links links, Attachment attachment) {
    String greeting = "Hello " + booking.customerName() + ",\n\n";
    StringBuilder body = new StringBuilder(greeting).append(text).append("\n");
    StringBuilder html =
        new StringBuilder("<p>")
            .append(Html.escape(greeting + text).replace("\n", "<br>"))
            .append("</p>");
    if (links != null) {
      body.append("\nReschedule: ")
          .append(links.reschedule())
          .append("\nCancel: ")
          .append(links.cancel())
          .append("\n");
      html.append("<p><a href=\"")
          .append(Html.escape(links.reschedule()))
          .append("\">Reschedule</a> · <a href=\"")
          .append(Html.escape(links.cancel()))
          .append("\">Cancel</a></p>");
    }
    return new OutgoingMail(
        booking.customerEmail(),
        subject,
        body.toString(),
        html.toString(),
        attachment == null ? List.of() : List.of(attachment));
  }
}
