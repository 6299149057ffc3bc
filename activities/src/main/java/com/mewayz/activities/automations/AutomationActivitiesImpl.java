package com.mewayz.activities.automations;

import com.mewayz.workflows.automations.AutomationActivities;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Dispatches side-effecting steps to the handler of their node type. */
@Component
public class AutomationActivitiesImpl implements AutomationActivities {
  private final Map<String, StepHandler> handlers;

  public AutomationActivitiesImpl(List<StepHandler> handlers) {
    this.handlers =
        handlers.stream().collect(Collectors.toMap(StepHandler::type, Function.identity()));
  }

  @Override
  public StepOutcome execute(StepRequest request) {
    StepHandler handler = handlers.get(request.nodeType());
    if (handler == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "No worker here performs " + request.nodeType(), "INVALID_INPUT");
    }
    Object output = handler.perform(request);
    return new StepOutcome(output, Activity.getExecutionContext().getInfo().getAttempt());
  }

  static ApplicationFailure invalid(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, "INVALID_INPUT");
  }

  static String text(Map<String, Object> params, String name) {
    Object value = params.get(name);
    return value == null ? null : String.valueOf(value);
  }

  static String required(Map<String, Object> params, String name) {
    String value = text(params, name);
    if (value == null || value.isBlank()) {
      throw invalid(name + " is required");
    }
    return value;
  }
}
