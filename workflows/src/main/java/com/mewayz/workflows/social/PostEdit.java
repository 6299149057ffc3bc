package com.mewayz.workflows.social;

/** The {@code edit} update: the post's new text. Fields may be added, never removed or renamed. */
public record PostEdit(String text) {}
