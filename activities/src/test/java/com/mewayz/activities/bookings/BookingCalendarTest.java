package com.mewayz.activities.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.activities.mail.OutgoingMail.Attachment;
import com.mewayz.domain.bookings.Booking;
import com.mewayz.workflows.bookings.BookingStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingCalendarTest {
  private static final Instant STAMP = Instant.parse("2030-05-01T08:00:00Z");

  static Booking booking(String service, String notes) {
    return new Booking(
        "b1",
        "ws-1",
        "s1",
        service,
        "host",
        "Ana Lima",
        "ana@example.test",
        "America/New_York",
        notes,
        Instant.parse("2030-03-10T13:00:00Z"),
        Instant.parse("2030-03-10T14:00:00Z"),
        0,
        0,
        BookingStatus.CONFIRMED,
        0,
        null,
        STAMP,
        STAMP);
  }

  @Test
  void anInvitationIsAnRfc5545RequestWithTheBookingsUidAndSequence() {
    Attachment invite =
        BookingCalendar.invitation(booking("Portrait", null), 3, false, "host@studio.test", STAMP);
    String ics = new String(invite.content(), StandardCharsets.UTF_8);

    assertThat(invite.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR\r\n")
        .endsWith("END:VCALENDAR\r\n")
        .contains(
            "\r\nMETHOD:REQUEST\r\n",
            "\r\nUID:booking-b1@mewayz\r\n",
            "\r\nSEQUENCE:3\r\n",
            "\r\nDTSTAMP:20300501T080000Z\r\n",
            "\r\nDTSTART:20300310T130000Z\r\n",
            "\r\nDTEND:20300310T140000Z\r\n",
            "\r\nORGANIZER:mailto:host@studio.test\r\n",
            "\r\nSTATUS:CONFIRMED\r\n",
            "\r\nVERSION:2.0\r\n",
            "\r\nPRODID:");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void aCancellationIsACancelOfTheSameEvent() {
    String ics =
        new String(
            BookingCalendar.invitation(booking("Portrait", null), 4, true, "h@s.test", STAMP)
                .content(),
            StandardCharsets.UTF_8);

    assertThat(ics)
        .contains(
            "METHOD:CANCEL\r\n", "UID:booking-b1@mewayz\r\n", "SEQUENCE:4\r\n", "STATUS:CANCELLED");
  }

  @Test
  void textIsEscapedAndLongLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    String ics =
        BookingCalendar.render(
            booking("Séance photo; portrait, famille ".repeat(5), "Line one\nLine two"),
            0,
            "REQUEST",
            "h@s.test",
            STAMP);

    assertThat(ics).contains("Séance photo\\; portrait\\, famille").contains("Line one\\nLine two");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains("SUMMARY:" + BookingCalendar.text("Séance photo; portrait, famille ".repeat(5)));
  }
}
