package com.mewayz.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Mewayz API. In embedded mode (nothing configured) this one process also runs the workers,
 * Temporal's in-process server, a MongoDB-protocol server and an SMTP sink.
 */
@SpringBootApplication(
    scanBasePackages = {
      "com.mewayz.api",
      "com.mewayz.domain",
      "com.mewayz.activities",
      "com.mewayz.worker.runtime"
    })
public class MewayzApplication {
  public static void main(String[] args) {
    SpringApplication.run(MewayzApplication.class, args);
  }
}
