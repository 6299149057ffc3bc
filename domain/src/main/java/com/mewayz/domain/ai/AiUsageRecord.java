package com.mewayz.domain.ai;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One call to a model, keyed by the caller's business key so a retried write counts it once. {@code
 * month} is the UTC month ({@code 2026-11}) the budget counts it in.
 */
@Document("ai_usage")
@CompoundIndex(name = "by_workspace_month", def = "{'workspaceId': 1, 'month': 1}")
public record AiUsageRecord(
    @Id String key,
    String workspaceId,
    String month,
    String model,
    long tokensIn,
    long tokensOut,
    long costMicros,
    Instant at) {}
