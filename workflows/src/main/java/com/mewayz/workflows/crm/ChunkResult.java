package com.mewayz.workflows.crm;

/** What one chunk of rows did: how many rows, created, updated and rejected contacts. */
public record ChunkResult(int rows, int created, int updated, int rejected) {}
