package com.mewayz.api.health;

import com.mewayz.worker.runtime.MewayzWorkers;
import com.mewayz.worker.runtime.TemporalRuntime;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /health}: whether the database and Temporal answer, for load balancers and people. */
@RestController
class HealthController {
  private final MongoTemplate mongo;
  private final TemporalRuntime temporal;
  private final MewayzWorkers workers;

  HealthController(MongoTemplate mongo, TemporalRuntime temporal, MewayzWorkers workers) {
    this.mongo = mongo;
    this.temporal = temporal;
    this.workers = workers;
  }

  @GetMapping("/health")
  ResponseEntity<Map<String, Object>> health() {
    Map<String, Object> database = check(() -> mongo.executeCommand(new Document("ping", 1)));
    Map<String, Object> workflows =
        check(
            () ->
                temporal
                    .stubs()
                    .blockingStub()
                    .withDeadlineAfter(2, TimeUnit.SECONDS)
                    .getSystemInfo(GetSystemInfoRequest.getDefaultInstance()));
    workflows.put("target", temporal.target());
    workflows.put("embedded", temporal.isEmbedded());
    workflows.put("workersInThisProcess", workers.enabled());
    boolean up = "UP".equals(database.get("status")) && "UP".equals(workflows.get("status"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("database", database);
    body.put("temporal", workflows);
    return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
  }

  private static Map<String, Object> check(Runnable probe) {
    Map<String, Object> result = new LinkedHashMap<>();
    long started = System.nanoTime();
    try {
      probe.run();
      result.put("status", "UP");
    } catch (RuntimeException e) {
      result.put("status", "DOWN");
      result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    result.put("latencyMs", (System.nanoTime() - started) / 1_000_000);
    return result;
  }
}
