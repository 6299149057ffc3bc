package com.mewayz.activities.automations;

import static com.mewayz.activities.automations.AutomationActivitiesImpl.required;
import static com.mewayz.activities.automations.AutomationActivitiesImpl.text;

import com.mewayz.activities.ai.AiGate;
import com.mewayz.activities.ai.ContentGenerator;
import com.mewayz.domain.ai.AiSettingsStore.ProviderAccess;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import io.temporal.activity.Activity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code ai.generate}: one draft with the workspace's provider and brand voice, the same generation
 * as AI content (budget, usage, repairs, provider retries). An approval step after it lets a person
 * check the text before the run uses it.
 */
@Component
class AiGenerateStep implements StepHandler {
  private final AiGate gate;
  private final ContentGenerator generator;

  AiGenerateStep(AiGate gate, ContentGenerator generator) {
    this.gate = gate;
    this.generator = generator;
  }

  @Override
  public String type() {
    return "ai.generate";
  }

  @Override
  public Object perform(StepRequest request) {
    Map<String, Object> params = request.params();
    ContentKind kind = kind(required(params, "kind"));
    ProviderAccess access = gate.open(request.workspaceId());
    int attempt = Activity.getExecutionContext().getInfo().getAttempt();
    ContentDraft draft =
        generator.generate(
            access,
            new ContentGenerator.Ask(
                kind, required(params, "brief"), text(params, "sourceMaterial"), null, null),
            gate.meter(
                request.workspaceId(),
                access,
                "automation:" + request.executionKey() + ":" + attempt));
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("kind", kind.name());
    putIfSet(output, "title", draft.title());
    putIfSet(output, "subject", draft.subject());
    putIfSet(output, "body", draft.body());
    putIfSet(output, "metaDescription", draft.metaDescription());
    putIfSet(output, "sections", draft.sections());
    output.put("model", access.model());
    return output;
  }

  private static ContentKind kind(String value) {
    try {
      return ContentKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw AutomationActivitiesImpl.invalid(
          "kind must be one of " + Arrays.toString(ContentKind.values()));
    }
  }

  private static void putIfSet(Map<String, Object> output, String name, Object value) {
    if (value != null) {
      output.put(name, value);
    }
  }
}
