package com.mewayz.api.automations;

import static com.mewayz.domain.common.Hashes.sha256;

import com.mewayz.activities.automations.AutomationStarter;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.domain.automations.Automation;
import com.mewayz.domain.automations.AutomationRepository;
import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.Automations;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunStatus;
import com.mewayz.workflows.automations.Times;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public webhook of automations with a webhook trigger. The JSON body is the run's input. A
 * delivery id ({@code Idempotency-Key} or {@code X-Delivery-Id}) makes redeliveries start one run;
 * a signed delivery without one is keyed by its timestamped signature. With {@code respond}, the
 * caller gets the run's output if it finishes in time.
 */
@RestController
class WebhookController {
  private static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private final WebhookLinks links;
  private final AutomationRepository automations;
  private final AutomationService service;
  private final RunService runs;
  private final RunAdmission admission;
  private final WorkflowClient temporal;
  private final JsonMapper json;
  private final Clock clock;

  WebhookController(
      WebhookLinks links,
      AutomationRepository automations,
      AutomationService service,
      RunService runs,
      RunAdmission admission,
      WorkflowClient temporal,
      JsonMapper json,
      Clock clock) {
    this.links = links;
    this.automations = automations;
    this.service = service;
    this.runs = runs;
    this.admission = admission;
    this.temporal = temporal;
    this.json = json;
    this.clock = clock;
  }

  @PostMapping("/api/hooks/{token}")
  ResponseEntity<ApiResponse<Map<String, Object>>> receive(
      @PathVariable String token,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestHeader(name = "X-Delivery-Id", required = false) String deliveryId,
      @RequestHeader(name = WebhookLinks.SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    // Shed before any database work when the platform is busy: a refusal must cost almost nothing.
    Begun begun = admission.admit(() -> begin(token, idempotencyKey, deliveryId, signature, body));
    String runId = begun.started().runId();
    Node trigger = begun.trigger();
    AutomationStarter.Started started = begun.started();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("runId", started.runId());
    if (Boolean.TRUE.equals(trigger.params().get("respond"))) {
      Duration wait = waitOf(trigger);
      try {
        RunResult result =
            temporal
                .newUntypedWorkflowStub(runId)
                .getResult(wait.toMillis(), TimeUnit.MILLISECONDS, RunResult.class);
        answer.put("status", result.status());
        answer.put("output", result.output());
        return ResponseEntity.ok(ApiResponse.ok(answer, "Run finished"));
      } catch (TimeoutException stillRunning) {
        answer.put("status", RunStatus.RUNNING);
      } catch (WorkflowFailedException failed) {
        answer.put("status", RunStatus.FAILED);
        return ResponseEntity.ok(ApiResponse.ok(answer, "Run failed"));
      }
    } else {
      answer.put("status", RunStatus.RUNNING);
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(ApiResponse.ok(answer, started.started() ? "Run started" : "Run already started"));
  }

  /** The delivery's automation and trigger, checked, and its run started. */
  private record Begun(Node trigger, AutomationStarter.Started started) {}

  private Begun begin(
      String token, String idempotencyKey, String deliveryId, String signature, byte[] body) {
    Automation automation =
        links
            .automationIdOf(token)
            .flatMap(automations::findById)
            .orElseThrow(() -> ApiException.notFound("Webhook"));
    if (automation.activeVersion() == null) {
      throw ApiException.notFound("Active webhook");
    }
    AutomationVersion version = service.version(automation, automation.activeVersion());
    Node trigger =
        version
            .graph()
            .trigger()
            .filter(t -> t.type().equals("trigger.webhook"))
            .orElseThrow(() -> ApiException.notFound("Active webhook"));
    byte[] payload = body == null ? new byte[0] : body;
    String signed = null;
    if (Boolean.TRUE.equals(trigger.params().get("requireSignature"))) {
      try {
        signed = links.verify(automation.id(), payload, signature, clock.instant());
      } catch (WebhookLinks.Refused refused) {
        throw ApiException.unauthorized(refused.getMessage());
      }
    }
    Map<String, Object> input = parse(payload);
    // A sender's retry keeps its delivery id; a signed delivery without one is keyed by its
    // signature, so replaying it within the tolerance starts no second run.
    String key = idempotencyKey != null ? idempotencyKey : deliveryId != null ? deliveryId : signed;
    String delivery = key == null ? UUID.randomUUID().toString() : sha256(key).substring(0, 32);
    String runId = Automations.runId(automation.id(), "webhook", delivery);
    return new Begun(trigger, runs.start(version, "webhook", runId, input, null, null));
  }

  private Map<String, Object> parse(byte[] payload) {
    if (payload.length == 0) {
      return Map.of();
    }
    try {
      Object parsed = json.readValue(payload, Object.class);
      if (parsed instanceof Map<?, ?> map) {
        Map<String, Object> input = new LinkedHashMap<>();
        map.forEach((k, v) -> input.put(String.valueOf(k), v));
        return input;
      }
      return Map.of("body", parsed);
    } catch (RuntimeException e) {
      throw ApiException.invalid("body", "must be JSON");
    }
  }

  private static Duration waitOf(Node trigger) {
    Object timeout = trigger.params().get("timeout");
    Duration wait = timeout == null ? Duration.ofSeconds(10) : Times.duration(timeout, "timeout");
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }
}
