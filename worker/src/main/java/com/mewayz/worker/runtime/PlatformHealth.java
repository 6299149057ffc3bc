package com.mewayz.worker.runtime;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether MongoDB and Temporal answer. Serves {@code /health} in the api and the actuator health of
 * both processes. Uses {@code ping}, which every MongoDB-protocol server understands (Boot's own
 * Mongo indicator sends {@code hello}, which the embedded server lacks, so it is off).
 */
@Component
public class PlatformHealth implements HealthIndicator {
  private final MongoTemplate mongo;
  private final TemporalRuntime temporal;
  private final MewayzWorkers workers;

  public PlatformHealth(MongoTemplate mongo, TemporalRuntime temporal, MewayzWorkers workers) {
    this.mongo = mongo;
    this.temporal = temporal;
    this.workers = workers;
  }

  public Map<String, Object> database() {
    return probe(() -> mongo.executeCommand(new Document("ping", 1)));
  }

  public Map<String, Object> temporal() {
    Map<String, Object> result =
        probe(
            () ->
                temporal
                    .stubs()
                    .blockingStub()
                    .withDeadlineAfter(2, TimeUnit.SECONDS)
                    .getSystemInfo(GetSystemInfoRequest.getDefaultInstance()));
    result.put("target", temporal.target());
    result.put("embedded", temporal.isEmbedded());
    result.put("workersInThisProcess", workers.enabled());
    return result;
  }

  public static boolean isUp(Map<String, Object> check) {
    return "UP".equals(check.get("status"));
  }

  @Override
  public Health health() {
    Map<String, Object> database = database();
    Map<String, Object> workflows = temporal();
    Health.Builder builder = isUp(database) && isUp(workflows) ? Health.up() : Health.down();
    return builder.withDetail("database", database).withDetail("temporal", workflows).build();
  }

  private static Map<String, Object> probe(Runnable call) {
    Map<String, Object> result = new LinkedHashMap<>();
    long started = System.nanoTime();
    try {
      call.run();
      result.put("status", "UP");
    } catch (RuntimeException e) {
      result.put("status", "DOWN");
      result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    result.put("latencyMs", (System.nanoTime() - started) / 1_000_000);
    return result;
  }
}
