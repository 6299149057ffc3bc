package com.mewayz.api.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/**
 * The Mewayz api as its own operating-system process, with no workers, sharing the Temporal server,
 * MongoDB, SMTP sink and secrets of the test's platform, so a test can {@code kill -9} it in the
 * middle of requests. It runs the api's main class from the module's compiled classes (the
 * executable jar is only packaged after the tests) and keeps its port across restarts, as a load
 * balancer's backend does.
 */
public final class ApiProcess implements AutoCloseable {
  private static final String MAIN = "com.mewayz.api.MewayzApplication";
  private final Map<String, String> environment;
  private final Path log;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;

  private ApiProcess(Map<String, String> environment, Path log, int port) {
    this.environment = Map.copyOf(environment);
    this.log = log;
    this.port = port;
  }

  /** An api process like the one of {@code context}, plus {@code extra} settings. */
  public static ApiProcess sharingWith(
      ApplicationContext context, String name, Map<String, String> extra) throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Map<String, String> env = new HashMap<>(WorkerProcess.sharedEnvironment(context));
    env.put("PORT", String.valueOf(port));
    env.put("MEWAYZ_WORKERS_ENABLED", "false");
    env.putAll(extra);
    Path dir = Files.createDirectories(Path.of("target", "apis"));
    return new ApiProcess(env, dir.resolve(name + ".log"), port);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the api and waits until it answers its health check; returns how long that took. */
  public Duration start() throws IOException, InterruptedException {
    Instant begun = Instant.now();
    starts++;
    Path startLog = log.resolveSibling(log.getFileName() + "." + starts);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1", // starts faster; a test api needs no peak speed
                "-XX:+UseSerialGC",
                "-cp",
                classpath(),
                MAIN)
            .redirectErrorStream(true)
            .redirectOutput(startLog.toFile());
    builder.environment().putAll(environment);
    process = builder.start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The api exited with " + process.exitValue() + ": see " + startLog);
      }
      if (healthy()) {
        return Duration.between(begun, Instant.now());
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The api did not start in 120 s: see " + startLog);
  }

  /** SIGKILL: requests in flight get their connection cut, nothing is answered or cleaned up. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM: the graceful shutdown finishes requests in flight, or it is killed after grace. */
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

  private boolean healthy() {
    try {
      return http.send(
                  HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** This JVM's class path without the test classes, so only the api's own configuration loads. */
  private static String classpath() {
    String all = System.getProperty("java.class.path");
    String main =
        Arrays.stream(all.split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    if (!main.contains("classes")) {
      throw new IllegalStateException("No module classes on the class path: " + all);
    }
    return main;
  }
}
