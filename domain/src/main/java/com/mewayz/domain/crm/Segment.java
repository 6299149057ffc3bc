package com.mewayz.domain.crm;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A saved filter over a workspace's contacts: the audience of a campaign, a list to look at. */
@Document("segments")
@CompoundIndex(name = "workspace_name", def = "{'workspaceId': 1, 'name': 1}", unique = true)
public record Segment(
    @Id String id,
    String workspaceId,
    String name,
    SegmentFilter filter,
    Instant createdAt,
    Instant updatedAt) {}
