package com.mewayz.activities.automations;

import static com.mewayz.activities.automations.AutomationActivitiesImpl.required;
import static com.mewayz.activities.automations.AutomationActivitiesImpl.text;

import com.mewayz.activities.crm.ContactEventData;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * {@code contact.upsert} and {@code contact.tag}. Both are naturally idempotent (an upsert by
 * email, set-like tags), and emit {@code contact.created} / {@code contact.tagged} with an event id
 * from the execution key, so a retry never emits twice.
 */
@Configuration(proxyBeanMethods = false)
class ContactSteps {

  @Bean
  StepHandler contactUpsertStep(ContactStore contacts, @Lazy EventDispatcher events, Clock clock) {
    return new StepHandler() {
      @Override
      public String type() {
        return "contact.upsert";
      }

      @Override
      @SuppressWarnings("unchecked")
      public Object perform(StepRequest request) {
        Map<String, Object> p = request.params();
        String email = required(p, "email");
        if (!email.contains("@")) {
          throw AutomationActivitiesImpl.invalid("email is not an email address: " + email);
        }
        Instant now = clock.instant();
        ContactStore.Upserted result =
            contacts.upsert(
                request.workspaceId(),
                email,
                text(p, "firstName"),
                text(p, "lastName"),
                text(p, "phone"),
                p.get("fields") instanceof Map<?, ?> f ? (Map<String, Object>) f : null,
                now);
        if (result.created()) {
          events.publish(
              new PlatformEvent(
                  "contact.created:" + request.executionKey(),
                  request.workspaceId(),
                  "contact.created",
                  result.contact().email(),
                  Map.of("contact", ContactEventData.of(result.contact())),
                  now));
        }
        Map<String, Object> output = ContactEventData.of(result.contact());
        output.put("created", result.created());
        return output;
      }
    };
  }

  @Bean
  StepHandler contactTagStep(ContactStore contacts, @Lazy EventDispatcher events, Clock clock) {
    return new StepHandler() {
      @Override
      public String type() {
        return "contact.tag";
      }

      @Override
      public Object perform(StepRequest request) {
        Map<String, Object> p = request.params();
        Instant now = clock.instant();
        ContactStore.TagResult result =
            contacts
                .tag(
                    request.workspaceId(),
                    required(p, "email"),
                    tags(p.get("add")),
                    tags(p.get("remove")),
                    now)
                .orElseThrow(
                    () ->
                        AutomationActivitiesImpl.invalid(
                            "No contact with email " + p.get("email") + " in this workspace"));
        for (String tag : result.added()) {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("contact", ContactEventData.of(result.contact()));
          data.put("tag", tag);
          events.publish(
              new PlatformEvent(
                  "contact.tagged:" + request.executionKey() + ":" + tag,
                  request.workspaceId(),
                  "contact.tagged",
                  result.contact().email(),
                  data,
                  now));
        }
        Map<String, Object> output = ContactEventData.of(result.contact());
        output.put("added", result.added());
        return output;
      }
    };
  }

  private static List<String> tags(Object value) {
    if (value instanceof List<?> list) {
      return list.stream()
          .map(String::valueOf)
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
    if (value instanceof String s && !s.isBlank()) {
      return List.of(s.split("\\s*,\\s*"));
    }
    return List.of();
  }
}
