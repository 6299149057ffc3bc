package com.mewayz.api.automations;

import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.domain.users.User;
import com.mewayz.domain.users.UserRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who published a version, as people read it (name, else email): versions keep the user id so a
 * renamed user shows under the new name.
 */
@Component
class Publishers {
  private final UserRepository users;

  Publishers(UserRepository users) {
    this.users = users;
  }

  Map<String, String> namesOf(Collection<AutomationVersion> versions) {
    var ids = versions.stream().map(AutomationVersion::publishedBy).filter(Objects::nonNull);
    Map<String, String> names = new HashMap<>();
    users.findAllById(ids.distinct().toList()).forEach(u -> names.put(u.id(), displayName(u)));
    return names;
  }

  String nameOf(AutomationVersion version) {
    return version.publishedBy() == null
        ? null
        : users.findById(version.publishedBy()).map(Publishers::displayName).orElse(null);
  }

  private static String displayName(User user) {
    return user.name() == null || user.name().isBlank() ? user.email() : user.name();
  }
}
