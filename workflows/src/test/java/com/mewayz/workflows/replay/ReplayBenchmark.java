package com.mewayz.workflows.replay;

import io.temporal.testing.WorkflowReplayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long replaying every recorded history takes (scripts/replay-benchmark.sh): the first pass in
 * a fresh JVM, as a CI run sees it, then warm passes reported as median and spread. Settings:
 * {@code passes} (10).
 */
public final class ReplayBenchmark {
  private ReplayBenchmark() {}

  public static void main(String[] args) throws Exception {
    int passes = Integer.getInteger("passes", 10);
    List<Path> files;
    Path folder = WorkflowReplayTest.HISTORIES;
    if (!Files.isDirectory(folder)) {
      folder = Path.of("workflows").resolve(folder); // run from the project's root
    }
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    List<String> histories = new ArrayList<>();
    long events = 0;
    for (Path file : files) {
      String history = Files.readString(file);
      histories.add(history);
      events += history.split("\"eventId\"").length - 1;
    }
    System.out.printf(
        "%d recorded histories, %d events, %d workflow types%n",
        histories.size(), events, WorkflowReplayTest.WORKFLOWS.size());
    double first = pass(histories);
    System.out.printf("first pass (cold JVM): %.0f ms%n", first);
    double[] warm = new double[passes];
    for (int i = 0; i < passes; i++) {
      warm[i] = pass(histories);
    }
    Arrays.sort(warm);
    System.out.printf(
        "warm passes: median %.0f ms [%.0f-%.0f] over %d passes, %.1f ms per history%n",
        warm[passes / 2], warm[0], warm[passes - 1], passes, warm[passes / 2] / histories.size());
  }

  private static double pass(List<String> histories) throws Exception {
    List<Class<?>> workflows = WorkflowReplayTest.WORKFLOWS;
    Class<?>[] others = workflows.subList(1, workflows.size()).toArray(Class<?>[]::new);
    long start = System.nanoTime();
    for (String history : histories) {
      WorkflowReplayer.replayWorkflowExecution(history, workflows.get(0), others);
    }
    return (System.nanoTime() - start) / 1e6;
  }
}
