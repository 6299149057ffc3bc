package com.mewayz.workflows.ai;

/** A person rejects the draft and says what to change; the next draft is written from it. */
public record Rejection(String by, String feedback) {}
