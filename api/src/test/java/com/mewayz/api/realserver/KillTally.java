package com.mewayz.api.realserver;

import java.util.ArrayList;
import java.util.List;

/**
 * The table a fault test prints: per process, the runs and whether each ended as it should, and per
 * kind of side effect, how many the receivers counted against how many were due.
 */
final class KillTally {
  /** One kind of side effect of one process, as counted at its receiver. */
  record Row(
      String process,
      int runs,
      int endedRight,
      String effect,
      int expected,
      int counted,
      int doubled,
      int missing,
      int raw) {}

  private final List<Row> rows = new ArrayList<>();

  void add(
      String process,
      int runs,
      int endedRight,
      String effect,
      int expected,
      int counted,
      int doubled,
      int raw) {
    rows.add(
        new Row(
            process,
            runs,
            endedRight,
            effect,
            expected,
            counted,
            doubled,
            Math.max(0, expected - counted),
            raw));
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  String table() {
    StringBuilder out = new StringBuilder();
    String format = "%-18s %5s %6s  %-40s %8s %8s %7s %7s %5s%n";
    out.append(
        String.format(
            format,
            "process",
            "runs",
            "right",
            "side effect (receiver)",
            "expected",
            "counted",
            "doubled",
            "missing",
            "raw"));
    for (Row r : rows) {
      out.append(
          String.format(
              format,
              r.process(),
              r.runs() < 0 ? "" : r.runs(),
              r.runs() < 0 ? "" : r.endedRight(),
              r.effect(),
              r.expected(),
              r.counted(),
              r.doubled(),
              r.missing(),
              r.raw()));
    }
    return out.toString();
  }
}
