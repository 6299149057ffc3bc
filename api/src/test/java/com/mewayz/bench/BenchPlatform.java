package com.mewayz.bench;

import com.mewayz.api.MewayzApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole platform in the benchmark's JVM, against a real Temporal server, on a free port. */
final class BenchPlatform {
  private BenchPlatform() {}

  static ConfigurableApplicationContext start(String temporal, String... settings) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--mewayz.data-dir=",
                "--mewayz.temporal.address=" + temporal,
                "--mewayz.workers.enabled=true",
                "--mewayz.secret=bWV3YXl6LWJlbmNobWFyay1zZWNyZXQta2V5LTMyLWJ5dGVzISE=",
                "--mewayz.encryption-key=bWV3YXl6LWJlbmNobWFyay1lbmNyeXB0aW9uLWtleSE=",
                "--mewayz.auth.attempts-per-minute=1000",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
    args.addAll(List.of(settings));
    return SpringApplication.run(MewayzApplication.class, args.toArray(String[]::new));
  }

  static String baseUrl(ConfigurableApplicationContext app) {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
  }
}
