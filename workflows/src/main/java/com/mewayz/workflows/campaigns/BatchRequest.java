package com.mewayz.workflows.campaigns;

/** The next recipients: contacts of the audience with an id after {@code afterContactId}. */
public record BatchRequest(
    String campaignId, String afterContactId, int maxRecipients, int ratePerSecond) {}
