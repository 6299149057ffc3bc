package com.mewayz.api.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Mewayz worker as its own operating-system process, started from the worker module's
 * executable jar, so a test can {@code kill -9} it the way a machine or an orchestrator does.
 */
public final class WorkerProcess implements AutoCloseable {
  private final Map<String, String> environment;
  private final Path log;
  private Process process;
  private int starts;

  public WorkerProcess(Map<String, String> environment, Path log) {
    this.environment = Map.copyOf(environment);
    this.log = log;
  }

  /** Starts the worker and waits until its Temporal workers poll. */
  public void start() throws IOException, InterruptedException {
    starts++;
    Path startLog = log.resolveSibling(log.getFileName() + "." + starts);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-Xmx384m", "-jar", executableJar().toString())
            .redirectErrorStream(true)
            .redirectOutput(startLog.toFile());
    builder.environment().putAll(environment);
    process = builder.start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The worker exited with " + process.exitValue() + ": see " + startLog);
      }
      if (Files.exists(startLog)
          && Files.readString(startLog).contains("Temporal workers started")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The worker did not start in 90 s: see " + startLog);
  }

  /** SIGKILL: no shutdown hook, no graceful stop, in-flight work simply stops. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  /** The worker module's executable jar, built before the api module by the reactor. */
  static Path executableJar() throws IOException {
    Path target = Path.of("..", "worker", "target").toAbsolutePath().normalize();
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars = files.filter(p -> p.toString().endsWith("-exec.jar")).toList();
      if (jars.size() != 1) {
        throw new IllegalStateException(
            "Expected one executable worker jar in "
                + target
                + ", found "
                + jars
                + ": build it with ./mvnw -pl worker -am package");
      }
      return jars.get(0);
    }
  }
}
