package com.mewayz.api.linkinbio;

import com.mewayz.api.linkinbio.BioViews.AnalyticsView;
import com.mewayz.api.linkinbio.BioViews.BlockClicks;
import com.mewayz.api.linkinbio.BioViews.DayCounts;
import com.mewayz.domain.linkinbio.BioBlock;
import com.mewayz.domain.linkinbio.BioDailyStats;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a page's stored daily counts into what the analytics view shows: every day, every block.
 */
final class AnalyticsReport {
  private AnalyticsReport() {}

  /**
   * Days from {@code from} to {@code to} inclusive (days without counts show zeros) and the clicks
   * of each of {@code blocks}; a product card without a title is named after its product.
   */
  static AnalyticsView of(
      LocalDate from,
      LocalDate to,
      List<BioDailyStats> stored,
      List<BioBlock> blocks,
      Map<String, String> productNames) {
    Map<String, BioDailyStats> byDay = new HashMap<>();
    stored.forEach(s -> byDay.put(s.day(), s));
    List<String> days = from.datesUntil(to.plusDays(1)).map(LocalDate::toString).toList();
    List<DayCounts> daily =
        days.stream()
            .map(day -> new DayCounts(day, views(byDay.get(day)), allClicks(byDay.get(day))))
            .toList();
    List<BlockClicks> perBlock =
        blocks.stream()
            .map(
                block -> {
                  List<Long> perDay =
                      days.stream().map(day -> clicks(byDay.get(day), block.id())).toList();
                  String title =
                      block.title() != null
                          ? block.title()
                          : productNames.getOrDefault(block.productId(), "");
                  return new BlockClicks(block.id(), block.type(), title, sum(perDay), perDay);
                })
            .toList();
    return new AnalyticsView(
        from.toString(),
        to.toString(),
        daily.stream().mapToLong(DayCounts::views).sum(),
        daily.stream().mapToLong(DayCounts::clicks).sum(),
        daily,
        perBlock);
  }

  private static long views(BioDailyStats day) {
    return day == null ? 0 : day.views();
  }

  private static long allClicks(BioDailyStats day) {
    return day == null || day.clicks() == null ? 0 : sum(day.clicks().values());
  }

  private static long clicks(BioDailyStats day, String blockId) {
    return day == null || day.clicks() == null ? 0 : day.clicks().getOrDefault(blockId, 0L);
  }

  private static long sum(java.util.Collection<Long> counts) {
    return counts.stream().mapToLong(Long::longValue).sum();
  }
}
