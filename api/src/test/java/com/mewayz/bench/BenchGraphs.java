package com.mewayz.bench;

/** Automation graphs as the API takes them, written by the benchmarks. JDK classes only. */
final class BenchGraphs {
  private BenchGraphs() {}

  static String edge(String from, String to) {
    return "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(from, to);
  }

  /** The body of {@code POST /api/automations}: a name and a graph of nodes and edges. */
  static String graph(String name, CharSequence nodes, CharSequence edges) {
    return "{\"name\": \"%s\", \"graph\": {\"nodes\": [%s], \"edges\": [%s]}}"
        .formatted(name, nodes, edges);
  }
}
