package com.mewayz.activities.social;

import com.mewayz.domain.social.SocialAccount;
import com.mewayz.workflows.social.Published;
import com.mewayz.workflows.social.SocialPlatform;

/**
 * One network's "create a post" call, made with the account's OAuth token. Implementations call the
 * platform's documented HTTP API and never log the token.
 */
public interface SocialPublisher {

  SocialPlatform platform();

  /**
   * Publishes {@code text} as the account.
   *
   * @throws PublishRefused when the platform answered without taking the post
   * @throws PlatformUnreachable when no answer came (the post may or may not have been taken)
   */
  Published publish(SocialAccount account, String token, String text);
}
