package com.mewayz.domain.auth;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Atomic operations on refresh and reset tokens. "Use" is a conditional update, so two requests
 * racing with one token can never both succeed.
 */
@Component
public class TokenStore {
  private final MongoTemplate mongo;

  public TokenStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public void save(RefreshToken token) {
    mongo.insert(token);
  }

  public void save(PasswordResetToken token) {
    mongo.insert(token);
  }

  public Optional<RefreshToken> findRefresh(String tokenHash) {
    return Optional.ofNullable(
        mongo.findOne(Query.query(Criteria.where("tokenHash").is(tokenHash)), RefreshToken.class));
  }

  /** Marks the token used if it was still fresh; empty when it was used or revoked already. */
  public Optional<RefreshToken> useRefresh(String tokenHash, Instant now) {
    Query fresh =
        Query.query(
            Criteria.where("tokenHash")
                .is(tokenHash)
                .and("usedAt")
                .isNull()
                .and("revokedAt")
                .isNull()
                .and("expiresAt")
                .gt(now));
    return Optional.ofNullable(
        mongo.findAndModify(
            fresh,
            new Update().set("usedAt", now),
            FindAndModifyOptions.options().returnNew(true),
            RefreshToken.class));
  }

  public void revokeFamily(String familyId, Instant now) {
    mongo.updateMulti(
        Query.query(Criteria.where("familyId").is(familyId).and("revokedAt").isNull()),
        new Update().set("revokedAt", now),
        RefreshToken.class);
  }

  public void revokeAllOf(String userId, Instant now) {
    mongo.updateMulti(
        Query.query(Criteria.where("userId").is(userId).and("revokedAt").isNull()),
        new Update().set("revokedAt", now),
        RefreshToken.class);
  }

  /** Uses a reset token once; empty when unknown, used or expired. */
  public Optional<PasswordResetToken> useReset(String tokenHash, Instant now) {
    Query usable =
        Query.query(
            Criteria.where("tokenHash")
                .is(tokenHash)
                .and("usedAt")
                .isNull()
                .and("expiresAt")
                .gt(now));
    return Optional.ofNullable(
        mongo.findAndModify(
            usable,
            new Update().set("usedAt", now),
            FindAndModifyOptions.options().returnNew(true),
            PasswordResetToken.class));
  }

  /** True when the session (token family) was logged out or revoked. */
  public boolean isFamilyRevoked(String familyId) {
    return mongo.exists(
        Query.query(Criteria.where("familyId").is(familyId).and("revokedAt").ne(null)),
        RefreshToken.class);
  }
}
