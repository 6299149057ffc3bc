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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/**
 * The Mewayz api as its own operating-system process, with no workers, sharing the Temporal server,
 * MongoDB, SMTP sink and secrets of the test's platform, so a test can {@code kill -9} it in the
 * middle of requests. It runs the api's main class from the module's compiled classes (the
 * executable jar is only packaged after the tests) and keeps its port across restarts, as a load
 * balancer's backend does.
 */
public final class ApiProcess extends PlatformProcess {
  private static final String MAIN = "com.mewayz.api.MewayzApplication";
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ApiProcess(Map<String, String> environment, Path log, int port) {
    super("api", environment, log);
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
    launch(
        List.of(
            "-Xmx384m",
            "-XX:TieredStopAtLevel=1", // starts faster; a test api needs no peak speed
            "-XX:+UseSerialGC",
            "-cp",
            classpath(),
            MAIN),
        Duration.ofSeconds(120),
        log -> healthy());
    return Duration.between(begun, Instant.now());
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
