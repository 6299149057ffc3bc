package com.mewayz.worker.runtime;

import com.mewayz.workflows.automations.Automations;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import com.uber.m3.tally.Scope;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to Temporal: a real frontend at {@code TEMPORAL_ADDRESS}, or Temporal's in-process
 * server in embedded mode. The in-process server keeps its state in memory: workflows running when
 * the process stops do not survive it (run a real server for that).
 */
public final class TemporalRuntime implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TemporalRuntime.class);

  private final WorkflowClient client;
  private final WorkerFactory workerFactory;
  private final TestWorkflowEnvironment embedded;
  private final WorkflowServiceStubs stubs;
  private final String target;

  private TemporalRuntime(
      WorkflowClient client,
      WorkerFactory workerFactory,
      TestWorkflowEnvironment embedded,
      WorkflowServiceStubs stubs,
      String target) {
    this.client = client;
    this.workerFactory = workerFactory;
    this.embedded = embedded;
    this.stubs = stubs;
    this.target = target;
  }

  static TemporalRuntime embedded(WorkflowClientOptions clientOptions, Scope metrics) {
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                // Real time: a 3-day reminder takes 3 days, as a user expects.
                .setUseTimeskipping(false)
                .setWorkflowClientOptions(clientOptions)
                .setMetricsScope(metrics)
                .registerSearchAttribute(
                    MewayzSearchAttributes.WORKSPACE_ID.getName(),
                    IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .registerSearchAttribute(
                    Automations.AUTOMATION_ID.getName(),
                    IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .registerSearchAttribute(
                    Automations.AUTOMATION_VERSION.getName(),
                    IndexedValueType.INDEXED_VALUE_TYPE_INT)
                .registerSearchAttribute(
                    Automations.TRIGGER_TYPE.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                .build());
    log.warn(
        "Temporal runs in-process (embedded mode): workflows do not survive a restart."
            + " Set TEMPORAL_ADDRESS to use a real Temporal server.");
    return new TemporalRuntime(
        env.getWorkflowClient(),
        env.getWorkerFactory(),
        env,
        env.getWorkflowServiceStubs(),
        "in-process");
  }

  static TemporalRuntime connect(
      String address, WorkflowClientOptions clientOptions, Scope metrics) {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newConnectedServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(address)
                .setMetricsScope(metrics)
                .build(),
            Duration.ofSeconds(15));
    WorkflowClient client = WorkflowClient.newInstance(stubs, clientOptions);
    log.info("Connected to Temporal at {} namespace {}", address, clientOptions.getNamespace());
    return new TemporalRuntime(client, WorkerFactory.newInstance(client), null, stubs, address);
  }

  public WorkflowClient client() {
    return client;
  }

  public WorkerFactory workerFactory() {
    return workerFactory;
  }

  public WorkflowServiceStubs stubs() {
    return stubs;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  public String target() {
    return target;
  }

  @Override
  public void close() {
    if (workerFactory.isStarted()) {
      // Let running activities finish; anything left is retried by Temporal on another worker.
      workerFactory.shutdown();
      workerFactory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    if (embedded != null) {
      embedded.close();
    } else {
      workerFactory.shutdownNow();
      stubs.shutdown();
    }
  }
}
