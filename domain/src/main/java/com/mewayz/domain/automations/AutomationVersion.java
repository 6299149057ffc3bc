package com.mewayz.domain.automations;

import com.mewayz.workflows.automations.AutomationGraph;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A published, immutable version. Runs carry the graph of the version they started with. */
@Document("automation_versions")
public record AutomationVersion(
    @Id String id,
    @Indexed String automationId,
    String workspaceId,
    int version,
    AutomationGraph graph,
    String summary,
    Instant publishedAt,
    String publishedBy) {

  public static String idOf(String automationId, int version) {
    return automationId + ":" + version;
  }
}
