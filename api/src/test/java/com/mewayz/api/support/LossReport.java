package com.mewayz.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * The table a fault test ends with: what was checked, how many were expected, how many were found,
 * and how many were lost or doubled. {@link #printAndAssert()} prints it and fails the test unless
 * every row lost and doubled nothing.
 */
public final class LossReport {
  private record Row(String what, long expected, long found) {}

  private final String title;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public LossReport(String title) {
    this.title = title;
  }

  /** A count that must come out exactly as expected. */
  public LossReport check(String what, long expected, long found) {
    rows.add(new Row(what, expected, found));
    return this;
  }

  /** A figure shown under the table, not asserted (timings, repeats a receiver deduplicates). */
  public LossReport note(String format, Object... args) {
    notes.add(String.format(format, args));
    return this;
  }

  public void printAndAssert() {
    StringBuilder out = new StringBuilder("\n=== ").append(title).append(" ===\n");
    out.append(
        String.format(
            "%-62s %9s %9s %6s %8s%n", "checked", "expected", "found", "lost", "doubled"));
    for (Row row : rows) {
      out.append(
          String.format(
              "%-62s %9d %9d %6d %8d%n",
              row.what(),
              row.expected(),
              row.found(),
              Math.max(0, row.expected() - row.found()),
              Math.max(0, row.found() - row.expected())));
    }
    notes.forEach(n -> out.append("  ").append(n).append('\n'));
    long wrong = rows.stream().filter(r -> r.expected() != r.found()).count();
    out.append(wrong == 0 ? "Lost: nothing. Doubled: nothing.\n" : "WRONG ROWS: " + wrong + "\n");
    System.out.print(out);
    assertThat(rows).as(out.toString()).allMatch(r -> r.expected() == r.found());
  }
}
