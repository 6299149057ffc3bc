package com.mewayz.domain.automations;

import com.mewayz.workflows.automations.AutomationGraph;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An automation of a workspace: the draft the designer edits, and which published version (if any)
 * is active. Published versions are {@link AutomationVersion}s and never change.
 */
@Document("automations")
public record Automation(
    @Id String id,
    @Indexed String workspaceId,
    String name,
    String description,
    AutomationGraph draft,
    Integer activeVersion,
    int latestVersion,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public Automation withDraft(
      String newName, String newDescription, AutomationGraph graph, String by, Instant now) {
    return new Automation(
        id,
        workspaceId,
        newName,
        newDescription,
        graph,
        activeVersion,
        latestVersion,
        createdAt,
        createdBy,
        now,
        by);
  }

  public Automation published(int version, String by, Instant now) {
    return new Automation(
        id, workspaceId, name, description, draft, version, version, createdAt, createdBy, now, by);
  }

  public Automation withActiveVersion(Integer version, String by, Instant now) {
    return new Automation(
        id,
        workspaceId,
        name,
        description,
        draft,
        version,
        latestVersion,
        createdAt,
        createdBy,
        now,
        by);
  }
}
