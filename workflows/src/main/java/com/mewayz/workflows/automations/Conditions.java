package com.mewayz.workflows.automations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The typed condition model of if, switch and trigger filters: {@code {"match": "all", "rules":
 * [{"field": "{{ trigger.total }}", "operator": "gt", "value": 100}]}}. Numbers compare as numbers,
 * everything else as text.
 */
public final class Conditions {
  public static final List<String> OPERATORS =
      List.of(
          "eq",
          "ne",
          "gt",
          "gte",
          "lt",
          "lte",
          "contains",
          "not_contains",
          "starts_with",
          "ends_with",
          "in",
          "not_in",
          "exists",
          "not_exists",
          "is_empty",
          "is_not_empty");

  private Conditions() {}

  /** True when the condition holds; a missing or empty condition holds. */
  public static boolean test(Object condition, Map<String, Object> scope) {
    if (!(condition instanceof Map<?, ?> map)) {
      return true;
    }
    Object rules = map.get("rules");
    if (!(rules instanceof List<?> list) || list.isEmpty()) {
      return true;
    }
    boolean any = "any".equals(map.get("match"));
    for (Object rule : list) {
      boolean holds = rule instanceof Map<?, ?> r && testRule(r, scope);
      if (any && holds) {
        return true;
      }
      if (!any && !holds) {
        return false;
      }
    }
    return !any;
  }

  private static boolean testRule(Map<?, ?> rule, Map<String, Object> scope) {
    Object field = Expressions.resolve(rule.get("field"), scope);
    Object value = Expressions.resolve(rule.get("value"), scope);
    String operator = String.valueOf(rule.get("operator"));
    return switch (operator) {
      case "eq" -> same(field, value);
      case "ne" -> !same(field, value);
      case "gt" -> compare(field, value) > 0;
      case "gte" -> compare(field, value) >= 0;
      case "lt" -> compare(field, value) < 0;
      case "lte" -> compare(field, value) <= 0;
      case "contains" -> contains(field, value);
      case "not_contains" -> !contains(field, value);
      case "starts_with" -> field != null && Json.text(field).startsWith(Json.text(value));
      case "ends_with" -> field != null && Json.text(field).endsWith(Json.text(value));
      case "in" -> contains(value, field);
      case "not_in" -> !contains(value, field);
      case "exists" -> field != null;
      case "not_exists" -> field == null;
      case "is_empty" -> isEmpty(field);
      case "is_not_empty" -> !isEmpty(field);
      default -> throw new IllegalArgumentException("Unknown operator " + operator);
    };
  }

  private static boolean same(Object a, Object b) {
    Double x = number(a);
    Double y = number(b);
    if (x != null && y != null) {
      return x.doubleValue() == y.doubleValue();
    }
    if (a instanceof Boolean || b instanceof Boolean) {
      return Objects.equals(Json.text(a), Json.text(b));
    }
    return Objects.equals(a == null ? null : Json.text(a), b == null ? null : Json.text(b));
  }

  /** Numeric when both sides are numbers, text otherwise; a missing side compares lowest. */
  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null && b == null ? 0 : a == null ? -1 : 1;
    }
    Double x = number(a);
    Double y = number(b);
    if (x != null && y != null) {
      return Double.compare(x, y);
    }
    return Json.text(a).compareTo(Json.text(b));
  }

  private static boolean contains(Object container, Object item) {
    if (container instanceof Collection<?> c) {
      return c.stream().anyMatch(e -> same(e, item));
    }
    if (container instanceof Map<?, ?> m) {
      return m.containsKey(Json.text(item));
    }
    return container != null && item != null && Json.text(container).contains(Json.text(item));
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String s && s.isEmpty())
        || (value instanceof Collection<?> c && c.isEmpty())
        || (value instanceof Map<?, ?> m && m.isEmpty());
  }

  private static Double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Double.valueOf(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
