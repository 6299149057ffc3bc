package com.mewayz.activities.ai;

import com.mewayz.domain.ai.AiSettings;
import com.mewayz.domain.ai.AiSettingsStore;
import com.mewayz.domain.ai.AiSettingsStore.ProviderAccess;
import com.mewayz.domain.ai.AiUsage;
import com.mewayz.domain.ai.AiUsage.MonthUsage;
import com.mewayz.workflows.ai.AiFailureTypes;
import io.temporal.failure.ApplicationFailure;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What every generation passes first: the workspace has a provider, and budget left this month.
 * Both refusals are final for the call (not retried): an owner has to act.
 */
@Component
public class AiGate {
  public static final String NOT_CONFIGURED =
      "AI is not configured for this workspace: an admin sets a provider in Settings, AI";

  private final AiSettingsStore settings;
  private final AiUsage usage;

  public AiGate(AiSettingsStore settings, AiUsage usage) {
    this.settings = settings;
    this.usage = usage;
  }

  /** The workspace's provider, key in clear; refuses NOT_CONFIGURED when there is none usable. */
  public ProviderAccess open(String workspaceId) {
    return settings
        .access(workspaceId)
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    NOT_CONFIGURED, AiFailureTypes.NOT_CONFIGURED.type()));
  }

  /** Checks the budget before each call and records each call under {@code keyPrefix:call}. */
  public ContentGenerator.Meter meter(String workspaceId, ProviderAccess access, String keyPrefix) {
    return new ContentGenerator.Meter() {
      @Override
      public void beforeCall() {
        checkBudget(workspaceId);
      }

      @Override
      public void called(int call, String model, long tokensIn, long tokensOut) {
        usage.record(
            keyPrefix + ":" + call, workspaceId, access.provider(), model, tokensIn, tokensOut);
      }
    };
  }

  void checkBudget(String workspaceId) {
    Long budget = settings.find(workspaceId).map(AiSettings::monthlyBudgetCents).orElse(null);
    MonthUsage month = usage.thisMonth(workspaceId, budget);
    if (month.budgetSpent()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "The monthly AI budget of "
              + dollars(budget * 10_000)
              + " is spent ("
              + dollars(month.costMicros())
              + " used in "
              + month.month()
              + ")",
          AiFailureTypes.BUDGET_EXHAUSTED.type());
    }
  }

  static String dollars(long micros) {
    return String.format(Locale.ROOT, "$%.2f", micros / 1_000_000.0);
  }
}
