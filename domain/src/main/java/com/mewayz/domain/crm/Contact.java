package com.mewayz.domain.crm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person a workspace keeps in touch with. The email is unique per workspace (stored lower-case).
 * {@code consent} is one of {@link Consent}'s values; {@code consentHistory} says who changed it,
 * when and how, oldest first.
 */
@Document("contacts")
@CompoundIndex(name = "workspace_email", def = "{'workspaceId': 1, 'email': 1}", unique = true)
public record Contact(
    @Id String id,
    String workspaceId,
    String email,
    String firstName,
    String lastName,
    String phone,
    List<String> tags,
    Map<String, Object> fields,
    String consent,
    Instant createdAt,
    Instant updatedAt,
    List<ConsentChange> consentHistory) {}
