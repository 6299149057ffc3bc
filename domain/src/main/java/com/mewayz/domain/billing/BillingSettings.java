package com.mewayz.domain.billing;

import com.mewayz.workflows.billing.DunningPolicy;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workspace's billing defaults, one document per workspace (id = workspace id): the dunning
 * ladder its new invoices get when they name none. It is copied onto each invoice when the draft is
 * saved, so changing it never changes an invoice already written.
 */
@Document("billing_settings")
public record BillingSettings(
    @Id String workspaceId, DunningPolicy dunning, Instant updatedAt, String updatedBy) {}
