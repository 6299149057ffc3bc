package com.mewayz.workflows.crm;

/** What a contact import needs to run: ids and sizes only, never the rows themselves. */
public record ImportRequest(String importId, String workspaceId, int chunkCount, int totalRows) {}
