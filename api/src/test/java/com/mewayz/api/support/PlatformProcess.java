package com.mewayz.api.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Mewayz process a test starts, kills and starts again: a JVM with its own settings, and a log
 * per start ({@code name.log.1}, {@code name.log.2}...) so every life of it can be read afterwards.
 */
abstract class PlatformProcess implements AutoCloseable {
  private final String what;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;
  private int starts;

  PlatformProcess(String what, Map<String, String> environment, Path log) {
    this.what = what;
    this.environment = Map.copyOf(environment);
    this.log = log;
  }

  /** Whether the process that writes {@code startLog} is ready for the test. */
  interface Readiness {
    boolean ready(Path startLog) throws IOException;
  }

  /** Starts a JVM with {@code arguments} and waits until it is ready, or fails with its log. */
  final void launch(List<String> arguments, Duration patience, Readiness readiness)
      throws IOException, InterruptedException {
    starts++;
    Path startLog = log.resolveSibling(log.getFileName() + "." + starts);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(startLog.toFile());
    builder.environment().putAll(environment);
    process = builder.start();
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The " + what + " exited with " + process.exitValue() + ": see " + startLog);
      }
      if (readiness.ready(startLog)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "The " + what + " did not start in " + patience.toSeconds() + " s: see " + startLog);
  }

  /**
   * SIGKILL: no shutdown hook, no graceful stop; work in flight simply stops and requests in flight
   * get their connection cut.
   */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /**
   * SIGTERM: the process shuts down as an orchestrator asks it to, finishing what is in flight, or
   * is killed after {@code grace}.
   */
  public void stop(Duration grace) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }
}
