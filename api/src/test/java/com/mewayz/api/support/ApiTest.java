package com.mewayz.api.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole platform in embedded mode (in-memory MongoDB-protocol server, in-process Temporal
 * running real workers, SMTP sink) behind MockMvc. Contexts are cached, so test classes share one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {
      "mewayz.data-dir=",
      "mewayz.auth.bcrypt-strength=4",
      "mewayz.temporal.ui-url=http://temporal-ui.test",
      "mewayz.temporal.codec-origins=http://temporal-ui.test",
      "mewayz.automations.http.allowed-hosts=localhost",
      // Campaigns send as fast as the embedded SMTP sink takes; CampaignThrottleTest sets a rate.
      "mewayz.campaigns.rate-per-second=0",
      // Test machines run many builds at once, so starts are slow on average now and then; run
      // starts are not shed here. RunAdmissionTest covers shedding, the overload benchmark
      // measures it.
      "mewayz.admission.start-target=10s",
      "mewayz.admission.start-floor=10s"
    })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface ApiTest {}
