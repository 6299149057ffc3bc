package com.mewayz.domain.automations;

import com.mewayz.domain.automations.AutomationValidator.Problem;
import com.mewayz.workflows.automations.Expressions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks node parameters against the JSON Schema subset the node types use: type, required,
 * properties, additionalProperties, enum, pattern, minimum, maximum, items and the duration format.
 * Strings holding {{ expressions }} are checked when the run resolves them instead.
 */
final class ParamsSchema {
  private ParamsSchema() {}

  static void check(
      Map<String, Object> schema, Object value, String path, String node, List<Problem> problems) {
    if (value == null) {
      return;
    }
    Object type = schema.get("type");
    if (type != null && !matchesType(String.valueOf(type), value)) {
      if (Expressions.containsExpression(value)
          && !"object".equals(type)
          && !"array".equals(type)) {
        return;
      }
      problems.add(Problem.ofNode(node, path, "must be " + article(String.valueOf(type))));
      return;
    }
    if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(value)) {
      problems.add(Problem.ofNode(node, path, "must be one of " + allowed));
    }
    if (value instanceof String text) {
      checkText(schema, text, path, node, problems);
    }
    if (value instanceof Number number) {
      if (schema.get("minimum") instanceof Number min && number.doubleValue() < min.doubleValue()) {
        problems.add(Problem.ofNode(node, path, "must be at least " + min));
      }
      if (schema.get("maximum") instanceof Number max && number.doubleValue() > max.doubleValue()) {
        problems.add(Problem.ofNode(node, path, "must be at most " + max));
      }
    }
    if (value instanceof Map<?, ?> map) {
      checkObject(schema, map, path, node, problems);
    }
    if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
      for (int i = 0; i < list.size(); i++) {
        check(asSchema(items), list.get(i), path + "[" + i + "]", node, problems);
      }
    }
  }

  private static void checkText(
      Map<String, Object> schema, String text, String path, String node, List<Problem> problems) {
    boolean expression = Expressions.containsExpression(text);
    if (schema.get("pattern") instanceof String pattern
        && !Pattern.compile(pattern).matcher(text).find()) {
      problems.add(
          Problem.ofNode(
              node,
              path,
              schema.containsKey("x-expression") && !expression
                  ? "must be an expression such as {{ trigger.items }}"
                  : "does not match " + pattern));
    }
    if ("duration".equals(schema.get("format")) && !expression) {
      try {
        Duration.parse(text.trim());
      } catch (RuntimeException e) {
        problems.add(
            Problem.ofNode(node, path, "must be an ISO-8601 duration such as PT30M or P2D"));
      }
    }
  }

  private static void checkObject(
      Map<String, Object> schema, Map<?, ?> map, String path, String node, List<Problem> problems) {
    Map<String, Object> properties =
        schema.get("properties") instanceof Map<?, ?> p ? asSchema(p) : Map.of();
    if (schema.get("required") instanceof List<?> required) {
      for (Object name : required) {
        Object present = map.get(name);
        if (present == null || (present instanceof String s && s.isBlank())) {
          problems.add(Problem.ofNode(node, path + "." + name, "is required"));
        }
      }
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      Object property = properties.get(name);
      if (property instanceof Map<?, ?> propertySchema) {
        check(asSchema(propertySchema), entry.getValue(), path + "." + name, node, problems);
      } else if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
        problems.add(
            Problem.ofNode(node, path + "." + name, "is not a parameter of this node type"));
      }
    }
  }

  private static boolean matchesType(String type, Object value) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "integer" ->
          value instanceof Integer
              || value instanceof Long
              || (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()));
      case "number" -> value instanceof Number;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof Map;
      case "array" -> value instanceof List;
      default -> true;
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asSchema(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private static String article(String type) {
    return switch (type) {
      case "object", "array", "integer" -> "an " + type;
      default -> "a " + type;
    };
  }
}
