package com.mewayz.workflows.automations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

  @Test
  void durationsAreIso8601() {
    assertThat(Times.duration("PT30M", "duration")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Times.duration(" P2D ", "duration")).isEqualTo(Duration.ofDays(2));
    assertThat(Times.duration("P1DT2H", "duration")).isEqualTo(Duration.ofHours(26));
    assertThatThrownBy(() -> Times.duration("30 minutes", "timeout"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must be an ISO-8601 duration such as PT30M or P2D, not '30 minutes'");
    assertThatThrownBy(() -> Times.duration(null, "duration"))
        .isInstanceOf(IllegalArgumentException.class);
    // Months and weeks have no fixed length.
    assertThatThrownBy(() -> Times.duration("P1M", "duration"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void momentsWithAnOffsetAreThatInstantWhateverTheZone() {
    assertThat(Times.moment("2026-03-29T09:00:00Z", "Europe/Paris", null))
        .isEqualTo(Instant.parse("2026-03-29T09:00:00Z"));
    assertThat(Times.moment("2026-03-29T09:00:00+02:00", "America/New_York", ""))
        .isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
  }

  @Test
  void localDateTimesAndDatesAreReadInTheTimeZoneOrUtc() {
    assertThat(Times.moment("2026-03-28T09:00", "Europe/Paris", null))
        .isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
    assertThat(Times.moment("2026-03-30T09:00", "Europe/Paris", null))
        .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    assertThat(Times.moment("2026-03-30T09:00", null, null))
        .isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
    assertThat(Times.moment("2026-03-30T09:00", " ", null))
        .isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
    assertThat(Times.moment("2026-05-01", "Asia/Tokyo", null))
        .isEqualTo(Instant.parse("2026-04-30T15:00:00Z"));
  }

  @Test
  void aDayOffsetKeepsTheLocalTimeAcrossDstChanges() {
    // Spring forward in Paris on 29 March 2026 (02:00 -> 03:00): the day before is 23 hours back.
    assertThat(Times.moment("2026-03-29T09:00", "Europe/Paris", "-P1D"))
        .isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
    // Fall back on 25 October 2026 (03:00 -> 02:00): the day after is 25 hours on.
    assertThat(Times.moment("2026-10-24T09:00", "Europe/Paris", "+P1D"))
        .isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
    assertThat(Times.moment("2026-03-28T09:00", "Europe/Paris", "P1D"))
        .isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
  }

  @Test
  void aTimeOffsetIsExactTimeEvenAcrossADstChange() {
    // 01:00 CET plus two hours of real time is 04:00 CEST.
    assertThat(Times.moment("2026-03-29T01:00", "Europe/Paris", "PT2H"))
        .isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
    assertThat(Times.moment("2026-03-29T09:00", "Europe/Paris", "-P1DT30M"))
        .isEqualTo(Instant.parse("2026-03-28T07:30:00Z"));
    assertThat(Times.moment("2026-03-29T09:00", "Europe/Paris", "-PT0S"))
        .isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
  }

  @Test
  void aLocalTimeThatDoesNotExistMovesPastTheGap() {
    assertThat(Times.moment("2026-03-29T02:30", "Europe/Paris", null))
        .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void unreadableMomentsZonesAndOffsetsAreRefused() {
    assertThatThrownBy(() -> Times.moment("tomorrow", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at must be a date-time");
    assertThatThrownBy(() -> Times.moment(null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 'null'");
    assertThatThrownBy(() -> Times.moment("2026-03-29T09:00", "Mars/Olympus", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeZone 'Mars/Olympus' is not a known time zone");
    assertThatThrownBy(() -> Times.moment("2026-03-29T09:00", null, "1 day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset must look like -P1D or PT2H");
    assertThatThrownBy(() -> Times.moment("2026-03-29T09:00", null, "-PXD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset must look like -P1D or PT2H");
    assertThatThrownBy(() -> Times.moment("2026-03-29T09:00", null, "P1DT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset must look like -P1D or PT2H");
  }
}
