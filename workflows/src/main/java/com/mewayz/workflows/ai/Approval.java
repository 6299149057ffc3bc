package com.mewayz.workflows.ai;

/** A person approves the draft, or an edited version of it ({@code edited} non-null). */
public record Approval(String by, ContentDraft edited) {}
