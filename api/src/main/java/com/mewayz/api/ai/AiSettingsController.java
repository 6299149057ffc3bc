package com.mewayz.api.ai;

import com.mewayz.api.ai.AiViews.SettingsRequest;
import com.mewayz.api.ai.AiViews.SettingsView;
import com.mewayz.api.ai.AiViews.UsageView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.RequiresRole;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.ai.AiProvider;
import com.mewayz.domain.ai.AiSettings;
import com.mewayz.domain.ai.AiSettingsStore;
import com.mewayz.domain.ai.AiUsage;
import com.mewayz.domain.workspaces.WorkspaceRole;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's AI provider, brand voice and budget, and this month's usage. The key goes in once
 * and never comes back out: answers say only whether it is set and its last 4 characters.
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/ai")
class AiSettingsController {
  private final AiSettingsStore settings;
  private final AiUsage usage;

  AiSettingsController(AiSettingsStore settings, AiUsage usage) {
    this.settings = settings;
    this.usage = usage;
  }

  @GetMapping("/settings")
  ApiResponse<SettingsView> get(WorkspaceAccess access) {
    return ApiResponse.ok(
        settings.find(access.workspaceId()).map(SettingsView::of).orElse(SettingsView.NONE));
  }

  @PutMapping("/settings")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<SettingsView> put(WorkspaceAccess access, @Valid @RequestBody SettingsRequest body) {
    String key = body.apiKey() == null || body.apiKey().isBlank() ? null : body.apiKey().strip();
    String baseUrl = body.baseUrl() == null || body.baseUrl().isBlank() ? null : body.baseUrl();
    boolean hosted = body.provider() != AiProvider.OPENAI_COMPATIBLE;
    boolean keyStored =
        settings.find(access.workspaceId()).map(AiSettings::apiKeySealed).isPresent();
    if (hosted && key == null && !keyStored) {
      throw ApiException.invalid("apiKey", "is required for " + body.provider());
    }
    if (!hosted && baseUrl == null) {
      throw ApiException.invalid(
          "baseUrl", "is required for an OpenAI-compatible server, e.g. http://localhost:11434/v1");
    }
    AiSettings saved =
        settings.save(
            access.workspaceId(),
            new AiSettingsStore.Changes(
                body.provider(),
                body.model(),
                baseUrl,
                key,
                body.brandVoice() == null ? null : body.brandVoice().strip(),
                body.monthlyBudgetCents()),
            access.userId());
    return ApiResponse.ok(SettingsView.of(saved), "AI settings saved");
  }

  @DeleteMapping("/settings")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<SettingsView> delete(WorkspaceAccess access) {
    boolean removed = settings.delete(access.workspaceId());
    return ApiResponse.ok(
        SettingsView.NONE, removed ? "AI settings removed" : "No AI provider was set");
  }

  @GetMapping("/usage")
  ApiResponse<UsageView> usage(WorkspaceAccess access) {
    Long budget =
        settings.find(access.workspaceId()).map(AiSettings::monthlyBudgetCents).orElse(null);
    return ApiResponse.ok(UsageView.of(usage.thisMonth(access.workspaceId(), budget)));
  }
}
