package com.mewayz.domain.social;

import com.mewayz.workflows.social.SocialPlatform;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A network account a workspace publishes to. Its OAuth token is a {@link
 * com.mewayz.domain.common.SecretBox} envelope bound to the workspace and the account; only its
 * last 4 characters are kept in clear. Without a token the account is not connected.
 *
 * @param handle the X username (without @), used to build post addresses; null on LinkedIn
 * @param authorUrn the LinkedIn author posts are made as ({@code urn:li:person:...} or {@code
 *     urn:li:organization:...}); null on X
 * @param reconnectReason why the platform refused the token, set when it did (a 401)
 */
@Document("social_accounts")
@CompoundIndex(name = "by_workspace", def = "{'workspaceId': 1, 'createdAt': 1}")
public record SocialAccount(
    @Id String id,
    String workspaceId,
    SocialPlatform platform,
    String displayName,
    String handle,
    String authorUrn,
    String tokenSealed,
    String tokenLast4,
    Instant connectedAt,
    String reconnectReason,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether publishing to the account may work: a token the platform has not refused. */
  public SocialAccountState state() {
    if (tokenSealed == null) {
      return SocialAccountState.NOT_CONNECTED;
    }
    return reconnectReason == null
        ? SocialAccountState.CONNECTED
        : SocialAccountState.NEEDS_RECONNECT;
  }

  /** The SecretBox purpose of this account's token: it opens in no other account. */
  public static String tokenPurpose(String accountId) {
    return "social.access-token:" + accountId;
  }
}
