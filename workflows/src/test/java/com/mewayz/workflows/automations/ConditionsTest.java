package com.mewayz.workflows.automations;

import static com.mewayz.workflows.automations.Graphs.all;
import static com.mewayz.workflows.automations.Graphs.any;
import static com.mewayz.workflows.automations.Graphs.map;
import static com.mewayz.workflows.automations.Graphs.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static final Map<String, Object> SCOPE =
      Map.of(
          "trigger",
          map(
              "total",
              150,
              "totalText",
              "150.0",
              "country",
              "FR",
              "email",
              "ada@example.com",
              "tags",
              List.of("vip", "new", 7),
              "meta",
              Map.of("source", "ads"),
              "paid",
              true,
              "blank",
              "",
              "none",
              List.of(),
              "nothing",
              null));

  private static boolean holds(String field, String operator, Object value) {
    return Conditions.test(all(rule(field, operator, value)), SCOPE);
  }

  @Test
  void eqAndNeCompareNumbersAsNumbersAndTheRestAsText() {
    assertThat(holds("{{ trigger.total }}", "eq", 150)).isTrue();
    assertThat(holds("{{ trigger.total }}", "eq", "150")).isTrue();
    assertThat(holds("{{ trigger.totalText }}", "eq", 150.0)).isTrue();
    assertThat(holds("{{ trigger.country }}", "eq", "FR")).isTrue();
    assertThat(holds("{{ trigger.country }}", "eq", "fr")).isFalse();
    assertThat(holds("{{ trigger.paid }}", "eq", "true")).isTrue();
    assertThat(holds("{{ trigger.paid }}", "eq", true)).isTrue();
    assertThat(holds("{{ trigger.nothing }}", "eq", null)).isTrue();
    assertThat(holds("{{ trigger.nothing }}", "eq", "")).isFalse();
    assertThat(holds("{{ trigger.total }}", "ne", 151)).isTrue();
    assertThat(holds("{{ trigger.country }}", "ne", "FR")).isFalse();
  }

  @Test
  void orderingComparesNumbersNumericallyTextAlphabeticallyAndMissingLowest() {
    assertThat(holds("{{ trigger.total }}", "gt", 100)).isTrue();
    assertThat(holds("{{ trigger.total }}", "gt", "1000")).isFalse();
    assertThat(holds("{{ trigger.total }}", "gte", 150)).isTrue();
    assertThat(holds("{{ trigger.total }}", "lt", 150)).isFalse();
    assertThat(holds("{{ trigger.total }}", "lte", 150)).isTrue();
    // "9" sorts after "10" as text, but not as a number.
    assertThat(holds("9", "lt", "10")).isTrue();
    assertThat(holds("b", "gt", "a")).isTrue();
    assertThat(holds("{{ trigger.nothing }}", "lt", 0)).isTrue();
    assertThat(holds("{{ trigger.nothing }}", "gte", 0)).isFalse();
    assertThat(holds("{{ trigger.total }}", "gt", null)).isTrue();
  }

  @Test
  void containsLooksIntoListsKeysAndText() {
    assertThat(holds("{{ trigger.tags }}", "contains", "vip")).isTrue();
    assertThat(holds("{{ trigger.tags }}", "contains", "7")).isTrue();
    assertThat(holds("{{ trigger.tags }}", "contains", "old")).isFalse();
    assertThat(holds("{{ trigger.meta }}", "contains", "source")).isTrue();
    assertThat(holds("{{ trigger.email }}", "contains", "@example")).isTrue();
    assertThat(holds("{{ trigger.nothing }}", "contains", "x")).isFalse();
    assertThat(holds("{{ trigger.tags }}", "not_contains", "old")).isTrue();
    assertThat(holds("{{ trigger.email }}", "not_contains", "@example")).isFalse();
  }

  @Test
  void startsWithAndEndsWithReadText() {
    assertThat(holds("{{ trigger.email }}", "starts_with", "ada@")).isTrue();
    assertThat(holds("{{ trigger.email }}", "starts_with", "bob")).isFalse();
    assertThat(holds("{{ trigger.email }}", "ends_with", ".com")).isTrue();
    assertThat(holds("{{ trigger.total }}", "ends_with", "50")).isTrue();
    assertThat(holds("{{ trigger.nothing }}", "starts_with", "")).isFalse();
    assertThat(holds("{{ trigger.nothing }}", "ends_with", "")).isFalse();
  }

  @Test
  void inAndNotInLookForTheFieldInTheValue() {
    assertThat(holds("{{ trigger.country }}", "in", List.of("FR", "DE"))).isTrue();
    assertThat(holds("{{ trigger.total }}", "in", List.of(100, 150))).isTrue();
    assertThat(holds("{{ trigger.country }}", "in", "FR,DE")).isTrue();
    assertThat(holds("{{ trigger.country }}", "in", List.of("US"))).isFalse();
    assertThat(holds("{{ trigger.country }}", "not_in", List.of("US"))).isTrue();
    assertThat(holds("{{ trigger.country }}", "not_in", List.of("FR"))).isFalse();
  }

  @Test
  void existenceAndEmptinessNeedNoValue() {
    assertThat(holds("{{ trigger.country }}", "exists", null)).isTrue();
    assertThat(holds("{{ trigger.blank }}", "exists", null)).isTrue();
    assertThat(holds("{{ trigger.nothing }}", "exists", null)).isFalse();
    assertThat(holds("{{ trigger.missing }}", "not_exists", null)).isTrue();
    assertThat(holds("{{ trigger.country }}", "not_exists", null)).isFalse();
    assertThat(holds("{{ trigger.blank }}", "is_empty", null)).isTrue();
    assertThat(holds("{{ trigger.none }}", "is_empty", null)).isTrue();
    assertThat(holds("{{ trigger.nothing }}", "is_empty", null)).isTrue();
    assertThat(holds("{{ trigger.meta }}", "is_empty", null)).isFalse();
    assertThat(holds("{{ trigger.tags }}", "is_not_empty", null)).isTrue();
    assertThat(holds("{{ trigger.blank }}", "is_not_empty", null)).isFalse();
    assertThat(holds("{{ trigger.total }}", "is_not_empty", null)).isTrue();
  }

  @Test
  void everyPublishedOperatorIsUnderstood() {
    for (String operator : Conditions.OPERATORS) {
      Conditions.test(all(rule("{{ trigger.total }}", operator, 1)), SCOPE);
    }
    assertThatThrownBy(() -> holds("{{ trigger.total }}", "matches", ".*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown operator matches");
  }

  @Test
  void allNeedsEveryRuleAndAnyNeedsOne() {
    Object yes = rule("{{ trigger.country }}", "eq", "FR");
    Object no = rule("{{ trigger.total }}", "lt", 10);
    assertThat(Conditions.test(all(yes, yes), SCOPE)).isTrue();
    assertThat(Conditions.test(all(yes, no), SCOPE)).isFalse();
    assertThat(Conditions.test(any(no, yes), SCOPE)).isTrue();
    assertThat(Conditions.test(any(no, no), SCOPE)).isFalse();
    // Without "match" every rule must hold.
    assertThat(Conditions.test(Map.of("rules", List.of(yes, no)), SCOPE)).isFalse();
  }

  @Test
  void aMissingOrEmptyConditionHoldsAndARuleThatIsNotAnObjectDoesNot() {
    assertThat(Conditions.test(null, SCOPE)).isTrue();
    assertThat(Conditions.test(Map.of(), SCOPE)).isTrue();
    assertThat(Conditions.test(all(), SCOPE)).isTrue();
    assertThat(Conditions.test(any(), SCOPE)).isTrue();
    assertThat(Conditions.test(all("not a rule"), SCOPE)).isFalse();
  }

  @Test
  void bothSidesMayBeExpressions() {
    assertThat(
            Conditions.test(
                all(rule("{{ trigger.total }}", "gt", "{{ trigger.missing ?? 100 }}")), SCOPE))
        .isTrue();
    assertThat(holds("Order from {{ trigger.country }}", "eq", "Order from FR")).isTrue();
  }
}
