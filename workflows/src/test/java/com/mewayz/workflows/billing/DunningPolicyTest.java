package com.mewayz.workflows.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DunningPolicyTest {

  @Test
  void theDefaultLadderIsValidAndEscalates() {
    assertThat(DunningPolicy.DEFAULT.problems("dunning")).isEmpty();
    assertThat(List.of(0, 1, 2, 3).stream().map(DunningPolicy.DEFAULT::tone))
        .containsExactly(
            ReminderTone.FRIENDLY, ReminderTone.FIRM, ReminderTone.FIRM, ReminderTone.FINAL);
  }

  @Test
  void aSingleReminderIsTheFinalNotice() {
    assertThat(ReminderTone.of(0, 1)).isEqualTo(ReminderTone.FINAL);
  }

  @Test
  void namesEachFaultyDay() {
    DunningPolicy policy = new DunningPolicy(Arrays.asList(3, 3, 0, 400), 30, List.of());

    assertThat(policy.problems("dunning"))
        .containsOnlyKeys(
            "dunning.days[1]", "dunning.days[2]", "dunning.days[3]", "dunning.finalActionDay");
  }

  @Test
  void refusesAnEmptyOrTooLongLadder() {
    assertThat(new DunningPolicy(List.of(), 1, List.of()).problems("d")).containsOnlyKeys("d.days");
    assertThat(
            new DunningPolicy(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 11, List.of())
                .problems("d"))
        .containsOnlyKeys("d.days");
    assertThat(new DunningPolicy(null, 1, List.of()).problems("d")).containsOnlyKeys("d.days");
  }

  @Test
  void refusesAFinalActionBeforeTheLastReminderOrTwice() {
    DunningPolicy policy =
        new DunningPolicy(
            List.of(1, 5), 4, List.of(FinalAction.NOTIFY_OWNER, FinalAction.NOTIFY_OWNER));

    assertThat(policy.problems("d")).containsOnlyKeys("d.finalActionDay", "d.finalActions[1]");
  }
}
