package com.mewayz.domain.social;

import com.mewayz.domain.common.SecretBox;
import com.mewayz.workflows.social.SocialPlatform;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Seals account tokens on the way in and opens them only for the code that calls a platform. */
@Component
public class SocialAccountStore {
  private final MongoTemplate mongo;
  private final SecretBox box;
  private final Clock clock;

  public SocialAccountStore(MongoTemplate mongo, SecretBox box, Clock clock) {
    this.mongo = mongo;
    this.box = box;
    this.clock = clock;
  }

  /** A new account, connected when {@code token} is given. */
  public SocialAccount create(
      String workspaceId,
      SocialPlatform platform,
      String displayName,
      String handle,
      String authorUrn,
      String token) {
    String id = new ObjectId().toHexString();
    Instant now = clock.instant();
    SocialAccount account =
        new SocialAccount(
            id,
            workspaceId,
            platform,
            displayName,
            handle,
            authorUrn,
            token == null ? null : box.seal(workspaceId, SocialAccount.tokenPurpose(id), token),
            token == null ? null : last4(token),
            token == null ? null : now,
            null,
            now,
            now);
    return mongo.insert(account);
  }

  public Optional<SocialAccount> find(String accountId) {
    return Optional.ofNullable(mongo.findById(accountId, SocialAccount.class));
  }

  public Optional<SocialAccount> find(String workspaceId, String accountId) {
    return find(accountId).filter(a -> a.workspaceId().equals(workspaceId));
  }

  public List<SocialAccount> list(String workspaceId) {
    return mongo.find(
        Query.query(Criteria.where("workspaceId").is(workspaceId))
            .with(Sort.by("createdAt", "_id")),
        SocialAccount.class);
  }

  /** Stores a new token (a reconnection clears the platform's earlier refusal). */
  public SocialAccount connect(SocialAccount account, String token) {
    Instant now = clock.instant();
    mongo.updateFirst(
        byId(account.id()),
        new Update()
            .set(
                "tokenSealed",
                box.seal(account.workspaceId(), SocialAccount.tokenPurpose(account.id()), token))
            .set("tokenLast4", last4(token))
            .set("connectedAt", now)
            .unset("reconnectReason")
            .set("updatedAt", now),
        SocialAccount.class);
    return find(account.id()).orElseThrow();
  }

  /** Forgets the token: the account stays, not connected. */
  public SocialAccount disconnect(SocialAccount account) {
    mongo.updateFirst(
        byId(account.id()),
        new Update()
            .unset("tokenSealed")
            .unset("tokenLast4")
            .unset("connectedAt")
            .unset("reconnectReason")
            .set("updatedAt", clock.instant()),
        SocialAccount.class);
    return find(account.id()).orElseThrow();
  }

  /** The platform refused the token: the account needs a new one. */
  public void markNeedsReconnect(String accountId, String reason) {
    mongo.updateFirst(
        byId(accountId),
        new Update().set("reconnectReason", reason).set("updatedAt", clock.instant()),
        SocialAccount.class);
  }

  public void delete(String accountId) {
    mongo.remove(byId(accountId), SocialAccount.class);
  }

  /** The account's token in clear, for one call to its platform; empty when not connected. */
  public Optional<String> token(SocialAccount account) {
    return Optional.ofNullable(account.tokenSealed())
        .map(
            envelope ->
                box.open(
                    account.workspaceId(), SocialAccount.tokenPurpose(account.id()), envelope));
  }

  private static Query byId(String accountId) {
    return Query.query(Criteria.where("_id").is(accountId));
  }

  static String last4(String value) {
    return value.length() < 4 ? "" : value.substring(value.length() - 4);
  }
}
