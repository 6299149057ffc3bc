package com.mewayz.activities.crm;

import com.mewayz.domain.crm.Contact;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a {@code contact.*} event carries about its contact, wherever it is published from. */
public final class ContactEventData {
  private ContactEventData() {}

  /** The contact as automations see it: a mutable map, so a step may add to its own output. */
  public static Map<String, Object> of(Contact contact) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", contact.id());
    view.put("email", contact.email());
    view.put("firstName", contact.firstName());
    view.put("lastName", contact.lastName());
    view.put("phone", contact.phone());
    view.put("tags", contact.tags());
    view.put("fields", contact.fields());
    view.put("consent", contact.consent());
    return view;
  }
}
