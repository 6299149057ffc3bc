package com.mewayz.domain.automations;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A run's row in the runs list. Written when it starts, waits, resumes and ends, so lists work in
 * embedded mode too without visibility queries. The run's full state comes from Temporal.
 */
@Document("automation_runs")
// Every list is newest first within a workspace or an automation; the filters by status and
// version lead where they are given, and a time range is a range on the trailing startedAt.
@CompoundIndex(name = "automation_started", def = "{'automationId': 1, 'startedAt': -1}")
@CompoundIndex(
    name = "automation_version_started",
    def = "{'automationId': 1, 'version': 1, 'startedAt': -1}")
@CompoundIndex(
    name = "automation_status_started",
    def = "{'automationId': 1, 'status': 1, 'startedAt': -1}")
@CompoundIndex(name = "workspace_started", def = "{'workspaceId': 1, 'startedAt': -1}")
@CompoundIndex(
    name = "workspace_status_started",
    def = "{'workspaceId': 1, 'status': 1, 'startedAt': -1}")
public record AutomationRun(
    @Id String id,
    String workspaceId,
    String automationId,
    int version,
    String triggerType,
    String status,
    String currentNode,
    String error,
    Object output,
    Instant startedAt,
    Instant updatedAt,
    Instant endedAt,
    String retryOf,
    java.util.Map<String, Object> input) {}
