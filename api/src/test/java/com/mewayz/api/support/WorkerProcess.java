package com.mewayz.api.support;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The Mewayz worker as its own operating-system process, started from the worker module's
 * executable jar, so a test can {@code kill -9} it the way a machine or an orchestrator does.
 */
public final class WorkerProcess extends PlatformProcess {
  public WorkerProcess(Map<String, String> environment, Path log) {
    super("worker", environment, log);
  }

  /**
   * A worker reaching the same Temporal server, MongoDB, SMTP sink and secrets as the api of {@code
   * context}, plus {@code extra} settings; its output goes to {@code target/workers/name.N}.
   */
  public static WorkerProcess sharingWith(
      ApplicationContext context, String name, Map<String, String> extra) throws IOException {
    Map<String, String> env = new HashMap<>(sharedEnvironment(context));
    env.put("PORT", "0");
    env.putAll(extra);
    Path dir = Files.createDirectories(Path.of("target", "workers"));
    return new WorkerProcess(env, dir.resolve(name + ".log"));
  }

  /**
   * The settings that point a Mewayz process at the Temporal server, MongoDB, SMTP sink and secrets
   * of the api of {@code context}.
   */
  public static Map<String, String> sharedEnvironment(ApplicationContext context) {
    org.springframework.core.env.Environment settings = context.getEnvironment();
    ServerAddress mongo =
        context
            .getBean(MongoClient.class)
            .getClusterDescription()
            .getClusterSettings()
            .getHosts()
            .get(0);
    Map<String, String> env = new HashMap<>();
    env.put("TEMPORAL_ADDRESS", settings.getRequiredProperty("mewayz.temporal.address"));
    env.put("TEMPORAL_NAMESPACE", settings.getProperty("mewayz.temporal.namespace", "default"));
    env.put("MONGODB_URI", "mongodb://" + mongo.getHost() + ":" + mongo.getPort());
    env.put("MONGODB_DATABASE", context.getBean(MongoTemplate.class).getDb().getName());
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", String.valueOf(context.getBean(EmbeddedMailSink.class).port()));
    env.put("SMTP_STARTTLS", "false");
    env.put("MEWAYZ_SECRET", settings.getRequiredProperty("mewayz.secret"));
    env.put("MEWAYZ_ENCRYPTION_KEY", settings.getRequiredProperty("mewayz.encryption-key"));
    return env;
  }

  /** Starts the worker and waits until its Temporal workers poll. */
  public void start() throws IOException, InterruptedException {
    launch(
        List.of("-Xmx384m", "-jar", executableJar().toString()),
        Duration.ofSeconds(90),
        log -> Files.exists(log) && Files.readString(log).contains("Temporal workers started"));
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
