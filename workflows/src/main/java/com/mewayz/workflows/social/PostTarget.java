package com.mewayz.workflows.social;

/**
 * One connected account a post goes to. Only the account id crosses the Temporal boundary: the
 * activity loads the account and decrypts its token itself, so no token is ever in a history.
 */
public record PostTarget(String accountId, SocialPlatform platform) {}
