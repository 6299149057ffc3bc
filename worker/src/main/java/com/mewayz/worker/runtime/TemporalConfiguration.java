package com.mewayz.worker.runtime;

import com.mewayz.domain.common.SecretBox;
import com.uber.m3.tally.NoopScope;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.worker.WorkerFactory;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Temporal client, worker factory and their metrics, for the api and the worker alike. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:mewayz-platform.properties")
public class TemporalConfiguration {

  @Bean
  PayloadEncryption payloadEncryption(SecretBox secrets) {
    return new PayloadEncryption(secrets.subkey("temporal-payloads"));
  }

  @Bean(destroyMethod = "close")
  TemporalRuntime temporalRuntime(
      @Value("${mewayz.temporal.address:}") String address,
      @Value("${mewayz.temporal.namespace:default}") String namespace,
      @Value("${spring.application.name:mewayz}") String identity,
      PayloadEncryption encryption,
      ObjectProvider<MeterRegistry> meters) {
    WorkflowClientOptions options =
        WorkflowClientOptions.newBuilder()
            .setNamespace(namespace)
            .setIdentity(identity)
            // Failure messages and stack traces are encrypted too: they quote addresses and names.
            .setDataConverter(
                new CodecDataConverter(
                    DefaultDataConverter.STANDARD_INSTANCE, List.of(encryption), true))
            .build();
    Scope metrics = metricsScope(meters.getIfAvailable());
    return address.isBlank()
        ? TemporalRuntime.embedded(options, metrics)
        : TemporalRuntime.connect(address, options, metrics);
  }

  @Bean
  WorkflowClient workflowClient(TemporalRuntime runtime) {
    return runtime.client();
  }

  @Bean
  WorkerFactory workerFactory(TemporalRuntime runtime) {
    return runtime.workerFactory();
  }

  // Temporal's SDK metrics (workflow and activity latencies, poll stats) into Micrometer, so they
  // appear under /actuator/prometheus next to the application's own.
  private static Scope metricsScope(MeterRegistry registry) {
    if (registry == null) {
      return new NoopScope();
    }
    return new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(registry))
        .reportEvery(com.uber.m3.util.Duration.ofSeconds(10));
  }
}
