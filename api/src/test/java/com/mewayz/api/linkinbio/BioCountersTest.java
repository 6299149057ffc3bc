package com.mewayz.api.linkinbio;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.mewayz.domain.linkinbio.BioStatsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Views and clicks are written in one upsert per page and day, and never lost to a failed write.
 */
class BioCountersTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  BioStatsStore stats = mock(BioStatsStore.class);
  BioCounters counters =
      new BioCounters(
          stats,
          Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
          Duration.ofHours(1));

  @AfterEach
  void stop() {
    counters.stop();
  }

  @Test
  void writesViewsAndClicksOfAPageAndDayInOneUpsert() {
    counters.view("p1", "w1");
    counters.view("p1", "w1");
    counters.click("p1", "w1", "b1");
    counters.click("p2", "w1", "b9");

    counters.flush();

    verify(stats).add("p1", "w1", DAY, 2, Map.of("b1", 1L));
    verify(stats).add("p2", "w1", DAY, 0, Map.of("b9", 1L));
    counters.flush();
    verifyNoMoreInteractions(stats);
  }

  @Test
  void keepsTheCountsOfAFailedWriteForTheNextFlush() {
    counters.view("p1", "w1");
    doThrow(new IllegalStateException("database down"))
        .when(stats)
        .add(anyString(), anyString(), any(), anyLong(), anyMap());
    try {
      counters.flush();
    } catch (IllegalStateException expected) {
      // the scheduled flush logs it and tries again
    }
    counters.view("p1", "w1");
    org.mockito.Mockito.reset(stats);

    counters.flush();

    verify(stats).add(eq("p1"), eq("w1"), eq(DAY), eq(2L), eq(Map.of()));
    verify(stats, never()).add(eq("p2"), anyString(), any(), anyLong(), anyMap());
  }
}
