package com.mewayz.workflows.social;

/**
 * What a platform answered for a post it took: its own id and the post's public address. Fields may
 * be added, never removed or renamed.
 *
 * @param url null when the platform's address for the post cannot be built (see docs/social.md)
 */
public record Published(String platformPostId, String url) {}
