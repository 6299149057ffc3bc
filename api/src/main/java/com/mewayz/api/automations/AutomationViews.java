package com.mewayz.api.automations;

import com.mewayz.domain.automations.Automation;
import com.mewayz.domain.automations.AutomationRun;
import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.RunModel.RunState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/** Request and response bodies of the automation endpoints. */
final class AutomationViews {
  private AutomationViews() {}

  record AutomationRequest(
      @NotBlank @Size(max = 120) String name,
      @Size(max = 2000) String description,
      AutomationGraph graph) {}

  record PublishRequest(
      @Size(max = 500) String summary, @Positive Integer from, Boolean activate) {}

  record ActivateRequest(@Positive Integer version) {}

  record RunRequestBody(Map<String, Object> input, @Positive Integer version) {}

  record DecisionRequest(@NotBlank String nodeId, @Size(max = 2000) String comment) {}

  record EventRequest(
      @NotBlank @Size(max = 100) String type,
      @Size(max = 200) String key,
      Map<String, Object> payload,
      @Size(max = 200) String id) {}

  record AutomationView(
      String id,
      String name,
      String description,
      AutomationGraph draft,
      Integer activeVersion,
      int latestVersion,
      Instant createdAt,
      Instant updatedAt) {
    static AutomationView of(Automation a) {
      return new AutomationView(
          a.id(),
          a.name(),
          a.description(),
          a.draft(),
          a.activeVersion(),
          a.latestVersion(),
          a.createdAt(),
          a.updatedAt());
    }
  }

  record VersionView(
      int version,
      String summary,
      Instant publishedAt,
      String publishedBy,
      String publishedByName,
      boolean active,
      AutomationGraph graph) {
    static VersionView of(AutomationVersion v, Integer activeVersion, String publisherName) {
      return new VersionView(
          v.version(),
          v.summary(),
          v.publishedAt(),
          v.publishedBy(),
          publisherName,
          activeVersion != null && activeVersion == v.version(),
          v.graph());
    }
  }

  record StartedView(String runId, boolean started, String status) {}

  record RunView(
      String runId,
      String automationId,
      int version,
      String triggerType,
      String status,
      String currentNode,
      String error,
      Object output,
      Instant startedAt,
      Instant updatedAt,
      Instant endedAt,
      String retryOf,
      String temporalUiUrl,
      RunState state) {}

  record WebhookView(String url, String signingSecret, String signatureHeader) {}

  /** The run's row, with the live state from Temporal taking precedence where it has one. */
  static RunView run(AutomationRun r, String temporalUiUrl, RunState state) {
    boolean live = state != null;
    return new RunView(
        r.id(),
        r.automationId(),
        r.version(),
        r.triggerType(),
        live ? state.status() : r.status(),
        r.currentNode(),
        live && state.error() != null ? state.error() : r.error(),
        live && state.output() != null ? state.output() : r.output(),
        r.startedAt(),
        r.updatedAt(),
        r.endedAt(),
        r.retryOf(),
        temporalUiUrl,
        state);
  }
}
