package com.mewayz.workflows.automations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expression language of automations: {@code {{ trigger.order.id }}}, {@code {{
 * nodes.n2.body.items[0].sku }}}, {@code {{ vars.name ?? 'friend' }}}. Paths into the run's data
 * and literals, nothing else: no code runs, so it is deterministic and safe to evaluate inside
 * workflow code. A string that is exactly one expression yields the value itself; otherwise the
 * values are written into the text.
 */
public final class Expressions {
  /** The roots an expression may start from. */
  public static final List<String> ROOTS =
      List.of("trigger", "vars", "nodes", "loop", "run", "error");

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern WHOLE = Pattern.compile("^\\s*\\{\\{(.*?)}}\\s*$", Pattern.DOTALL);

  private Expressions() {}

  /** A parse error, with the expression at fault. */
  public static final class ExpressionException extends RuntimeException {
    public ExpressionException(String message) {
      super(message);
    }
  }

  /** A path such as {@code nodes.n2.body[0]}: its root and the keys or indexes below it. */
  public record Reference(String root, List<Object> segments) {
    /** The first key below the root ({@code n2} in {@code nodes.n2.body}), or null. */
    public String firstKey() {
      return segments.isEmpty() || !(segments.get(0) instanceof String s) ? null : s;
    }
  }

  /** Replaces every expression in {@code value} (strings, maps and lists, deeply). */
  public static Object resolve(Object value, Map<String, Object> scope) {
    if (value instanceof String text) {
      return resolveText(text, scope);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> resolved = new LinkedHashMap<>();
      map.forEach((k, v) -> resolved.put(String.valueOf(k), resolve(v, scope)));
      return resolved;
    }
    if (value instanceof List<?> list) {
      List<Object> resolved = new ArrayList<>(list.size());
      list.forEach(v -> resolved.add(resolve(v, scope)));
      return resolved;
    }
    return value;
  }

  /** Every path {@code value} refers to; throws {@link ExpressionException} if one is malformed. */
  public static List<Reference> references(Object value) {
    List<Reference> found = new ArrayList<>();
    collect(value, found);
    return found;
  }

  public static boolean containsExpression(Object value) {
    return value instanceof String s && s.contains("{{");
  }

  private static void collect(Object value, List<Reference> found) {
    if (value instanceof String text) {
      Matcher m = TEMPLATE.matcher(text);
      while (m.find()) {
        for (Object operand : parse(m.group(1))) {
          if (operand instanceof Reference r) {
            found.add(r);
          }
        }
      }
      if (text.replaceAll("\\{\\{(.*?)}}", "").contains("{{")) {
        throw new ExpressionException("Unclosed '{{' in: " + text);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, found));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, found));
    }
  }

  private static Object resolveText(String text, Map<String, Object> scope) {
    if (!text.contains("{{")) {
      return text;
    }
    Matcher whole = WHOLE.matcher(text);
    if (whole.matches() && !whole.group(1).contains("}}")) {
      return evaluate(whole.group(1), scope);
    }
    Matcher m = TEMPLATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(Json.text(evaluate(m.group(1), scope))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Evaluates one expression body: operands joined by {@code ??} (first non-null wins). */
  public static Object evaluate(String expression, Map<String, Object> scope) {
    for (Object operand : parse(expression)) {
      Object value = operand instanceof Reference r ? lookup(r, scope) : operand;
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The value at {@code reference}, or null when any step of the path is missing. */
  public static Object lookup(Reference reference, Map<String, Object> scope) {
    Object current = scope.get(reference.root());
    for (Object segment : reference.segments()) {
      if (current instanceof Map<?, ?> map && segment instanceof String key) {
        current = map.get(key);
      } else if (current instanceof List<?> list && segment instanceof Integer index) {
        current = index >= 0 && index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return current;
  }

  static List<Object> parse(String expression) {
    List<Object> operands = new ArrayList<>();
    int start = 0;
    char quote = 0;
    // Splits on ?? outside quotes: 'Really??' is one string.
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '?' && expression.startsWith("??", i)) {
        operands.add(operand(expression.substring(start, i).trim(), expression));
        start = i + 2;
        i++;
      }
    }
    operands.add(operand(expression.substring(start).trim(), expression));
    return operands;
  }

  private static Object operand(String text, String expression) {
    if (text.isEmpty()) {
      throw new ExpressionException("Empty expression in {{" + expression + "}}");
    }
    char first = text.charAt(0);
    if (first == '\'' || first == '"') {
      if (text.length() < 2 || text.charAt(text.length() - 1) != first) {
        throw new ExpressionException("Unterminated string in {{" + expression + "}}");
      }
      return text.substring(1, text.length() - 1);
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    if (text.equals("null")) {
      return null;
    }
    if (first == '-' || Character.isDigit(first)) {
      try {
        return text.contains(".") ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
      } catch (NumberFormatException e) {
        throw new ExpressionException("Not a number: " + text + " in {{" + expression + "}}");
      }
    }
    return path(text, expression);
  }

  private static Reference path(String text, String expression) {
    int i = 0;
    int n = text.length();
    String root = null;
    List<Object> segments = new ArrayList<>();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.' && root != null) {
        int start = ++i;
        while (i < n && isNameChar(text.charAt(i))) {
          i++;
        }
        if (start == i) {
          throw new ExpressionException("A name is missing after '.' in {{" + expression + "}}");
        }
        segments.add(text.substring(start, i));
      } else if (c == '[' && root != null) {
        int close = text.indexOf(']', i);
        if (close < 0) {
          throw new ExpressionException("Missing ']' in {{" + expression + "}}");
        }
        String inside = text.substring(i + 1, close).trim();
        if (inside.length() >= 2
            && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
            && inside.charAt(inside.length() - 1) == inside.charAt(0)) {
          segments.add(inside.substring(1, inside.length() - 1));
        } else {
          try {
            segments.add(Integer.valueOf(inside));
          } catch (NumberFormatException e) {
            throw new ExpressionException(
                "Use [number] or ['key'] inside brackets in {{" + expression + "}}");
          }
        }
        i = close + 1;
      } else if (root == null && isNameChar(c)) {
        int start = i;
        while (i < n && isNameChar(text.charAt(i))) {
          i++;
        }
        root = text.substring(start, i);
      } else {
        throw new ExpressionException(
            "Unexpected '"
                + c
                + "' in {{"
                + expression
                + "}}: only paths and literals are allowed");
      }
    }
    if (!ROOTS.contains(root)) {
      throw new ExpressionException(
          "Unknown root '" + root + "' in {{" + expression + "}}: use one of " + ROOTS);
    }
    return new Reference(root, List.copyOf(segments));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
