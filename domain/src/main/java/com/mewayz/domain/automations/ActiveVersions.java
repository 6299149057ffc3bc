package com.mewayz.domain.automations;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The version of an automation that triggers start, if one is active. */
@Component
public class ActiveVersions {
  private final AutomationRepository automations;
  private final AutomationVersionRepository versions;

  public ActiveVersions(AutomationRepository automations, AutomationVersionRepository versions) {
    this.automations = automations;
    this.versions = versions;
  }

  public Optional<AutomationVersion> of(Automation automation) {
    return automation.activeVersion() == null
        ? Optional.empty()
        : versions.findById(AutomationVersion.idOf(automation.id(), automation.activeVersion()));
  }

  public Optional<AutomationVersion> of(String automationId) {
    return automations.findById(automationId).flatMap(this::of);
  }

  /** Only an automation of {@code workspaceId}: another workspace's is as good as missing. */
  public Optional<AutomationVersion> of(String workspaceId, String automationId) {
    return automations.findByIdAndWorkspaceId(automationId, workspaceId).flatMap(this::of);
  }
}
