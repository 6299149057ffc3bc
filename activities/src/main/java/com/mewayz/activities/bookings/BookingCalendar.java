package com.mewayz.activities.bookings;

import com.mewayz.activities.mail.OutgoingMail.Attachment;
import com.mewayz.domain.bookings.Booking;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar invitation of a booking (RFC 5545 with the iTIP methods of RFC 5546). Calendars
 * match the messages of one booking by their UID, {@code booking-{id}@mewayz}, and keep the one
 * with the highest SEQUENCE: the confirmation is a REQUEST at sequence 0, each reschedule a REQUEST
 * with the next sequence (the event moves in the customer's calendar), the cancellation a CANCEL
 * with the next one (the event is removed). Times are written in UTC, which every calendar shows in
 * its own user's zone.
 */
final class BookingCalendar {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  private BookingCalendar() {}

  static String uid(String bookingId) {
    return "booking-" + bookingId + "@mewayz";
  }

  /** An invitation to the booking as it is (REQUEST) or its withdrawal (CANCEL). */
  static Attachment invitation(
      Booking booking, int sequence, boolean cancel, String organizer, Instant stamp) {
    String method = cancel ? "CANCEL" : "REQUEST";
    String ics = render(booking, sequence, method, organizer, stamp);
    return new Attachment(
        cancel ? "cancel.ics" : "invite.ics",
        "text/calendar; method=" + method + "; charset=UTF-8",
        ics.getBytes(StandardCharsets.UTF_8));
  }

  static String render(
      Booking booking, int sequence, String method, String organizer, Instant stamp) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("PRODID:-//Mewayz//Bookings//EN");
    lines.add("VERSION:2.0");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("METHOD:" + method);
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + uid(booking.id()));
    lines.add("DTSTAMP:" + UTC.format(stamp));
    lines.add("DTSTART:" + UTC.format(booking.startAt()));
    lines.add("DTEND:" + UTC.format(booking.endAt()));
    lines.add("SEQUENCE:" + sequence);
    lines.add("SUMMARY:" + text(booking.serviceName()));
    if (booking.notes() != null && !booking.notes().isBlank()) {
      lines.add("DESCRIPTION:" + text(booking.notes()));
    }
    lines.add("ORGANIZER:mailto:" + organizer);
    lines.add(
        "ATTENDEE;CN="
            + parameter(booking.customerName())
            + ";ROLE=REQ-PARTICIPANT;PARTSTAT="
            + (cancel(method) ? "DECLINED" : "ACCEPTED")
            + ":mailto:"
            + booking.customerEmail());
    lines.add("STATUS:" + (cancel(method) ? "CANCELLED" : "CONFIRMED"));
    lines.add("TRANSP:OPAQUE");
    lines.add("END:VEVENT");
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(fold(line)).append("\r\n"));
    return out.toString();
  }

  private static boolean cancel(String method) {
    return method.equals("CANCEL");
  }

  /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** A parameter value: quoted, without the characters a quoted value cannot hold. */
  private static String parameter(String value) {
    return "\"" + value.replaceAll("[\"\\r\\n]", "") + "\"";
  }

  /**
   * Folds a content line at 75 octets (RFC 5545 3.1): CRLF and a space before each continuation,
   * never inside a UTF-8 character.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      String character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.append(character);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
