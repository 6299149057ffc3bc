package com.mewayz.activities.automations;

import com.mewayz.domain.automations.ActiveVersions;
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
  private final ActiveVersions activeVersions;
  private final Clock clock;

  public RunBookkeepingImpl(
      RunStore runs, EventStore events, ActiveVersions activeVersions, Clock clock) {
    this.runs = runs;
    this.events = events;
    this.activeVersions = activeVersions;
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
    return activeVersions
        .of(workspaceId, automationId)
        .map(v -> new CalledAutomation(v.automationId(), v.workspaceId(), v.version(), v.graph()))
        .orElse(null);
  }
}
