package com.mewayz.domain.automations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deeply nested parameter values: maps and lists alternating {@code levels} deep. */
final class GeneratedGraphsNesting {
  private GeneratedGraphsNesting() {}

  static Object deep(int levels) {
    Object value = "{{ trigger.x }}";
    for (int i = 0; i < levels; i++) {
      if (i % 2 == 0) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rules", value);
        value = map;
      } else {
        value = List.of(value);
      }
    }
    return value;
  }
}
