package com.mewayz.activities.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.activities.bookings.BookingMails.Links;
import com.mewayz.activities.mail.OutgoingMail;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingMailsTest {
  private static final Links LINKS =
      new Links(
          "https://m.test/my-booking/t?action=reschedule",
          "https://m.test/my-booking/t?action=cancel");

  @Test
  void timesAreWrittenOnTheCustomersWallClockAndNamed() {
    Instant start = Instant.parse("2030-03-10T13:00:00Z");

    assertThat(BookingMails.when(start, "America/New_York"))
        .isEqualTo("Sunday 10 March 2030 at 09:00 (America/New_York)");
    assertThat(BookingMails.when(start, "Asia/Tokyo"))
        .isEqualTo("Sunday 10 March 2030 at 22:00 (Asia/Tokyo)");
  }

  @Test
  void aReminderCarriesTheTimeInTheCustomersZoneAndBothLinks() {
    OutgoingMail mail =
        BookingMails.reminder(BookingCalendarTest.booking("Portrait", null), 60, LINKS);

    assertThat(mail.to()).isEqualTo("ana@example.test");
    assertThat(mail.subject()).isEqualTo("Reminder: Portrait in 1 hour");
    assertThat(mail.text())
        .contains("Sunday 10 March 2030 at 09:00 (America/New_York)")
        .contains(LINKS.reschedule(), LINKS.cancel());
    assertThat(mail.html()).contains("action=reschedule", "action=cancel");
    assertThat(mail.attachments()).isEmpty();
  }

  @Test
  void offsetsReadNaturally() {
    assertThat(BookingMails.inAbout(1440)).isEqualTo("tomorrow");
    assertThat(BookingMails.inAbout(2880)).isEqualTo("in 2 days");
    assertThat(BookingMails.inAbout(120)).isEqualTo("in 2 hours");
    assertThat(BookingMails.inAbout(30)).isEqualTo("in 30 minutes");
  }
}
