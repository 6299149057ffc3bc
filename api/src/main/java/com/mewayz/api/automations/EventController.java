package com.mewayz.api.automations;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.events.PlatformEvent;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends an event into the workspace, as the platform's features do: it starts automations with a
 * matching event trigger and wakes runs waiting for it. An event id sent twice acts once.
 */
@RestController
@WorkspaceScoped
class EventController {
  private final EventDispatcher dispatcher;
  private final Clock clock;

  EventController(EventDispatcher dispatcher, Clock clock) {
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @PostMapping("/api/events")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ApiResponse<EventDispatcher.Dispatched> publish(
      WorkspaceAccess access, @Valid @RequestBody AutomationViews.EventRequest body) {
    String id = body.id() == null ? UUID.randomUUID().toString() : body.id();
    PlatformEvent event =
        new PlatformEvent(
            access.workspaceId() + ":" + id,
            access.workspaceId(),
            body.type(),
            body.key(),
            body.payload() == null ? Map.of() : body.payload(),
            clock.instant());
    return ApiResponse.ok(dispatcher.publish(event), "Event " + body.type() + " delivered");
  }
}
