package com.mewayz.api.crm;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.activities.crm.ContactEventData;
import com.mewayz.domain.crm.Contact;
import com.mewayz.domain.events.PlatformEvent;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes {@code contact.*} events for changes made through the API, keyed by the contact's email
 * (what automations waiting on a contact correlate by). Published after the change is stored: a
 * crash in between loses the event, never invents one; a failure to start automations is logged and
 * does not undo the change the owner made.
 */
@Component
public class ContactEvents {
  private static final Logger log = LoggerFactory.getLogger(ContactEvents.class);

  private final EventDispatcher events;
  private final Clock clock;

  ContactEvents(EventDispatcher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** {@code occurrence} makes the event id unique to this change, so a retry publishes once. */
  public void publish(String type, Contact contact, String occurrence, Map<String, Object> extra) {
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("contact", ContactEventData.of(contact));
    data.putAll(extra);
    try {
      events.publish(
          new PlatformEvent(
              contact.workspaceId() + ":contact:" + contact.id() + ":" + type + ":" + occurrence,
              contact.workspaceId(),
              type,
              contact.email(),
              data,
              clock.instant()));
    } catch (RuntimeException e) {
      log.warn("Could not publish {} for contact {}", type, contact.id(), e);
    }
  }
}
