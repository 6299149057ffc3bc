package com.mewayz.activities.automations;

import com.mewayz.domain.automations.ActiveVersions;
import com.mewayz.domain.automations.Automation;
import com.mewayz.domain.automations.AutomationRepository;
import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.domain.common.Hashes;
import com.mewayz.domain.events.EventStore;
import com.mewayz.domain.events.EventSubscription;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.AutomationWorkflow;
import com.mewayz.workflows.automations.Automations;
import com.mewayz.workflows.automations.Conditions;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers platform events: starts every active automation whose event trigger matches (run id from
 * automation and event id, so a redelivered event starts nothing new) and signals every run waiting
 * for it.
 */
@Component
public class EventDispatcher {
  private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

  private final EventStore events;
  private final AutomationRepository automations;
  private final ActiveVersions activeVersions;
  private final AutomationStarter starter;
  private final WorkflowClient temporal;

  public EventDispatcher(
      EventStore events,
      AutomationRepository automations,
      ActiveVersions activeVersions,
      AutomationStarter starter,
      WorkflowClient temporal) {
    this.events = events;
    this.automations = automations;
    this.activeVersions = activeVersions;
    this.starter = starter;
    this.temporal = temporal;
  }

  /** What an event did: the runs it started and the waiting runs it was delivered to. */
  public record Dispatched(boolean firstDelivery, List<String> started, List<String> delivered) {}

  public Dispatched publish(PlatformEvent event) {
    boolean first = events.record(event);
    List<String> started = new ArrayList<>();
    for (Automation automation :
        automations.findByWorkspaceIdAndActiveVersionNotNull(event.workspaceId())) {
      AutomationVersion version = activeVersions.of(automation).orElse(null);
      if (version != null && triggers(version, event)) {
        String runId =
            Automations.runId(automation.id(), "event", Hashes.sha256(event.id()).substring(0, 32));
        AutomationStarter.Started run =
            starter.start(version, "event", runId, input(event), null, null);
        if (run.started()) {
          started.add(run.runId());
        }
      }
    }
    List<String> delivered = new ArrayList<>();
    for (EventSubscription subscription : events.subscribersOf(event)) {
      try {
        temporal
            .newWorkflowStub(AutomationWorkflow.class, subscription.runId())
            .deliver(new EventDelivery(event.id(), event.type(), event.key(), event.data()));
        delivered.add(subscription.runId());
      } catch (WorkflowNotFoundException ended) {
        events.unsubscribe(subscription.runId(), subscription.nodeId());
      } catch (RuntimeException e) {
        log.warn("Could not deliver {} to run {}", event.type(), subscription.runId(), e);
      }
    }
    return new Dispatched(first, started, delivered);
  }

  private static boolean triggers(AutomationVersion version, PlatformEvent event) {
    Node trigger = version.graph().trigger().orElse(null);
    if (trigger == null
        || !trigger.type().equals("trigger.event")
        || !event.type().equals(trigger.params().get("event"))) {
      return false;
    }
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("trigger", input(event));
    return Conditions.test(trigger.params().get("filter"), scope);
  }

  /** What an event-started run sees as {@code trigger}: the event's data plus {@code event}. */
  static Map<String, Object> input(PlatformEvent event) {
    Map<String, Object> input = new LinkedHashMap<>(event.data() == null ? Map.of() : event.data());
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("id", event.id());
    meta.put("type", event.type());
    meta.put("key", event.key());
    meta.put("occurredAt", event.occurredAt().toString());
    input.put("event", meta);
    return input;
  }
}
