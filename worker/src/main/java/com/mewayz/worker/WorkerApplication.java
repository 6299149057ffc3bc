package com.mewayz.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The worker process of real mode: runs every Temporal worker, serves only health and metrics. */
@SpringBootApplication(
    scanBasePackages = {"com.mewayz.domain", "com.mewayz.activities", "com.mewayz.worker"})
public class WorkerApplication {
  public static void main(String[] args) {
    SpringApplication.run(WorkerApplication.class, args);
  }
}
