package com.mewayz.api.health;

import com.mewayz.worker.runtime.PlatformHealth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /health}: whether the database and Temporal answer, for load balancers and people. */
@RestController
class HealthController {
  private final PlatformHealth health;

  HealthController(PlatformHealth health) {
    this.health = health;
  }

  @GetMapping("/health")
  ResponseEntity<Map<String, Object>> health() {
    Map<String, Object> database = health.database();
    Map<String, Object> temporal = health.temporal();
    boolean up = PlatformHealth.isUp(database) && PlatformHealth.isUp(temporal);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("database", database);
    body.put("temporal", temporal);
    return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
  }
}
