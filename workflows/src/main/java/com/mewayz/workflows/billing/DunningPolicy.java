package com.mewayz.workflows.billing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dunning ladder of one invoice: on each of {@code days} after the due date, a charge attempt
 * of the saved payment method (when the invoice has one) and, unless it paid, a reminder whose tone
 * escalates ({@link ReminderTone#of}); then on {@code finalActionDay}, the {@code finalActions}.
 * Fields may be added, never removed or renamed: recorded histories carry them.
 *
 * @param days days after the due date, ascending, each 1 to {@value #MAX_DAY}; 1 to {@value
 *     #MAX_RUNGS} of them
 * @param finalActionDay the day after the due date the final actions run; not before the last rung
 * @param finalActions what happens then (none is allowed: the invoice just stays open)
 */
public record DunningPolicy(
    List<Integer> days, int finalActionDay, List<FinalAction> finalActions) {
  public static final int MAX_RUNGS = 10;
  public static final int MAX_DAY = 365;

  /**
   * Reminders on days 1, 3, 5 and 7 after the due date (friendly, firm, firm, final notice), then a
   * week after the final notice the invoice is marked uncollectible and the owner is told.
   */
  public static final DunningPolicy DEFAULT =
      new DunningPolicy(
          List.of(1, 3, 5, 7),
          14,
          List.of(FinalAction.MARK_UNCOLLECTIBLE, FinalAction.NOTIFY_OWNER));

  public DunningPolicy {
    days = days == null ? null : List.copyOf(days);
    finalActions = finalActions == null ? List.of() : List.copyOf(finalActions);
  }

  public int rungs() {
    return days.size();
  }

  public ReminderTone tone(int rung) {
    return ReminderTone.of(rung, rungs());
  }

  public boolean has(FinalAction action) {
    return finalActions.contains(action);
  }

  /**
   * What is wrong with this ladder, by field under {@code prefix} ({@code dunning.days[2]}..., or
   * {@code days[2]} with an empty prefix); empty when it is valid.
   */
  public Map<String, String> problems(String prefix) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (days == null || days.isEmpty() || days.size() > MAX_RUNGS) {
      problems.put(field(prefix, "days"), "needs 1 to " + MAX_RUNGS + " days after the due date");
      return problems;
    }
    for (int i = 0; i < days.size(); i++) {
      Integer day = days.get(i);
      String field = field(prefix, "days[" + i + "]");
      if (day == null || day < 1 || day > MAX_DAY) {
        problems.put(field, "must be a day from 1 to " + MAX_DAY + " after the due date");
      } else if (i > 0 && days.get(i - 1) != null && day <= days.get(i - 1)) {
        problems.put(field, "must come after the day before it (days ascend)");
      }
    }
    int last = days.get(days.size() - 1) == null ? 0 : days.get(days.size() - 1);
    if (finalActionDay < last || finalActionDay > MAX_DAY) {
      problems.put(
          field(prefix, "finalActionDay"),
          "must be from the last reminder's day (" + last + ") to " + MAX_DAY);
    }
    Set<FinalAction> seen = new HashSet<>();
    for (int i = 0; i < finalActions.size(); i++) {
      FinalAction action = finalActions.get(i);
      if (action == null || !seen.add(action)) {
        problems.put(field(prefix, "finalActions[" + i + "]"), "must be a final action, each once");
      }
    }
    return problems;
  }

  private static String field(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
