package com.mewayz.activities.automations;

import com.mewayz.domain.automations.AutomationRepository;
import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.domain.automations.AutomationVersionRepository;
import com.mewayz.domain.automations.RunStore;
import com.mewayz.domain.events.EventStore;
import com.mewayz.domain.events.EventSubscription;
import com.mewayz.workflows.automations.RunBookkeeping;
import com.mewayz.workflows.automations.RunModel.CalledAutomation;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunModel.WaitRegistration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class RunBookkeepingImpl implements RunBookkeeping {
  private final RunStore runs;
  private final EventStore events;
  private final AutomationRepository automations;
  private final AutomationVersionRepository versions;
  private final Clock clock;

  public RunBookkeepingImpl(
      RunStore runs,
      EventStore events,
      AutomationRepository automations,
      AutomationVersionRepository versions,
      Clock clock) {
    this.runs = runs;
    this.events = events;
    this.automations = automations;
    this.versions = versions;
    this.clock = clock;
  }

  @Override
  public void recordProgress(RunProgress progress) {
    runs.progress(progress);
  }

  @Override
  public EventDelivery subscribe(WaitRegistration registration) {
    // Subscribe first, then look back: an event arriving in between is found either way (the
    // run ignores an event id it has seen).
    events.subscribe(
        new EventSubscription(
            registration.runId() + ":" + registration.nodeId(),
            registration.workspaceId(),
            registration.eventType(),
            registration.key(),
            registration.runId(),
            registration.nodeId(),
            clock.instant()));
    return events
        .firstSince(
            registration.workspaceId(),
            registration.eventType(),
            registration.key(),
            Instant.ofEpochMilli(registration.runStartedAt()),
            registration.seenEventIds() == null ? List.of() : registration.seenEventIds())
        .map(e -> new EventDelivery(e.id(), e.type(), e.key(), e.data()))
        .orElse(null);
  }

  @Override
  public void unsubscribe(String runId, String nodeId) {
    events.unsubscribe(runId, nodeId);
  }

  @Override
  public CalledAutomation loadActive(String workspaceId, String automationId) {
    return automations
        .findByIdAndWorkspaceId(automationId, workspaceId)
        .filter(a -> a.activeVersion() != null)
        .flatMap(a -> versions.findById(AutomationVersion.idOf(a.id(), a.activeVersion())))
        .map(v -> new CalledAutomation(v.automationId(), v.workspaceId(), v.version(), v.graph()))
        .orElse(null);
  }
}
