package com.mewayz.api.linkinbio;

import com.mewayz.domain.linkinbio.BioStatsStore;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Views and clicks of public pages, counted in memory and written in batches (one upsert per page
 * and day every {@code mewayz.link-in-bio.flush-interval}), so serving a page never waits on the
 * database. A failed write keeps its counts for the next flush; a node that dies loses at most one
 * interval's counts, the price of a page path free of writes.
 */
@Component
class BioCounters {
  private static final Logger log = LoggerFactory.getLogger(BioCounters.class);
  private static final String VIEWS = "";

  /** What one counter counts: a page's views ({@code blockId} empty) or one block's clicks. */
  private record Key(String pageId, String workspaceId, LocalDate day, String blockId) {}

  private final ConcurrentHashMap<Key, LongAdder> pending = new ConcurrentHashMap<>();
  private final BioStatsStore stats;
  private final Clock clock;
  private final ScheduledExecutorService flusher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "bio-counters");
            thread.setDaemon(true);
            return thread;
          });

  BioCounters(
      BioStatsStore stats,
      Clock clock,
      @Value("${mewayz.link-in-bio.flush-interval:PT5S}") Duration interval) {
    this.stats = stats;
    this.clock = clock;
    flusher.scheduleWithFixedDelay(
        this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  void view(String pageId, String workspaceId) {
    count(new Key(pageId, workspaceId, today(), VIEWS));
  }

  void click(String pageId, String workspaceId, String blockId) {
    count(new Key(pageId, workspaceId, today(), blockId));
  }

  private void count(Key key) {
    pending.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private void count(Key key, long n) {
    pending.computeIfAbsent(key, k -> new LongAdder()).add(n);
  }

  /**
   * Writes what was counted so far. Counters are reset, not removed, so an increment racing with
   * the flush lands in this batch or the next, never nowhere; only counters of past days that
   * stayed at zero are dropped.
   */
  synchronized void flush() {
    Map<Key, Long> batch = new HashMap<>();
    pending.forEach(
        (key, adder) -> {
          long n = adder.sumThenReset();
          if (n > 0) {
            batch.put(key, n);
          }
        });
    LocalDate today = today();
    pending.entrySet().removeIf(e -> e.getKey().day().isBefore(today) && e.getValue().sum() == 0);
    Map<Key, Map<String, Long>> byPageDay = new HashMap<>();
    batch.forEach(
        (key, n) ->
            byPageDay
                .computeIfAbsent(withBlock(key, VIEWS), k -> new HashMap<>())
                .put(key.blockId(), n));
    RuntimeException failure = null;
    for (Map.Entry<Key, Map<String, Long>> entry : byPageDay.entrySet()) {
      try {
        write(entry.getKey(), entry.getValue());
      } catch (RuntimeException failed) {
        entry.getValue().forEach((blockId, n) -> count(withBlock(entry.getKey(), blockId), n));
        failure = failed;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void write(Key page, Map<String, Long> counts) {
    Map<String, Long> clicks = new HashMap<>(counts);
    Long views = clicks.remove(VIEWS);
    stats.add(page.pageId(), page.workspaceId(), page.day(), views == null ? 0 : views, clicks);
  }

  private static Key withBlock(Key page, String blockId) {
    return new Key(page.pageId(), page.workspaceId(), page.day(), blockId);
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException failed) {
      log.warn("Page counts not written yet, kept for the next try", failed);
    }
  }

  @PreDestroy
  void stop() {
    flusher.shutdown();
    flushQuietly();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }
}
