package com.mewayz.api.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The platform against the real Temporal server at {@code TEMPORAL_TEST_ADDRESS} (the CLI dev
 * server that {@code scripts/real-server-tests.sh} starts). Tagged so the default test run leaves
 * it out; it fails, never skips, when no server answers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("real-server")
@SpringBootTest(
    properties = {
      "mewayz.data-dir=",
      "mewayz.auth.bcrypt-strength=4",
      "mewayz.temporal.address=${TEMPORAL_TEST_ADDRESS:127.0.0.1:7233}",
      "mewayz.temporal.namespace=default",
      "mewayz.workers.enabled=true",
      "mewayz.secret=bWV3YXl6LXJlYWwtc2VydmVyLXRlc3Qtc2VjcmV0LWtleS0zMmJ5dGVz",
      "mewayz.encryption-key=bWV3YXl6LXJlYWwtc2VydmVyLWVuY3J5cHRpb24ta3k=",
      // As in ApiTest: a busy test machine must not make these tests shed run starts.
      "mewayz.admission.start-target=10s",
      "mewayz.admission.start-floor=10s"
    })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
// Closed after each class: a cached context's workers would keep polling the shared server's task
// queues and take the next class's tasks to their own database and mail sink.
@DirtiesContext
public @interface RealServerTest {}
