package com.mewayz.domain.ai;

import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A piece of AI content: what was asked (kind, brief, source material, target), the latest draft
 * and the feedback that shaped it. Its AiContentWorkflow moves {@code status}; the record is what
 * the API lists.
 */
@Document("ai_contents")
@CompoundIndex(name = "by_workspace", def = "{'workspaceId': 1, 'createdAt': -1}")
public record AiContent(
    @Id String id,
    String workspaceId,
    ContentKind kind,
    String brief,
    String sourceMaterial,
    AiContentTarget target,
    boolean requireApproval,
    int maxRegenerations,
    AiContentStatus status,
    int round,
    ContentDraft draft,
    List<String> feedback,
    String failure,
    String publishedRef,
    String model,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {}
