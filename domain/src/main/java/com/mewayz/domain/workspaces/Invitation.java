package com.mewayz.domain.workspaces;

import com.mewayz.workflows.workspaces.InvitationStatus;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of an invitation. Its progress (mails, expiry, decision) is driven by the
 * WorkspaceInvitationWorkflow; this document is what the API lists and shows.
 */
@Document("invitations")
public record Invitation(
    @Id String id,
    @Indexed String workspaceId,
    String email,
    WorkspaceRole role,
    InvitationStatus status,
    String invitedBy,
    Instant createdAt,
    Instant expiresAt,
    Instant reminderSentAt,
    Instant decidedAt,
    String acceptedBy) {}
