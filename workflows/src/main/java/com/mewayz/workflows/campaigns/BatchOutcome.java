package com.mewayz.workflows.campaigns;

/**
 * What a batch did: the last contact it reached (where the next batch starts), how many were sent,
 * refused by the SMTP server, or skipped (not subscribed), and whether the audience is exhausted.
 */
public record BatchOutcome(
    String lastContactId, long sent, long failed, long skipped, boolean exhausted) {}
