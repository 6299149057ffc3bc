package com.mewayz.domain.social;

import com.mewayz.workflows.social.Published;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.TargetStatus;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Changes of a post record; each is a single-document update, safe to repeat. */
@Component
public class SocialPostStore {
  private final MongoTemplate mongo;

  public SocialPostStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<SocialPost> find(String postId) {
    return Optional.ofNullable(mongo.findById(postId, SocialPost.class));
  }

  /**
   * Marks an attempt on the account as sent before the platform is called. Answers the target as it
   * was before: {@code inFlight} there means an earlier attempt's answer was lost.
   */
  public SocialPost.Target beginAttempt(String postId, String accountId, Instant now) {
    String target = "targets." + accountId;
    SocialPost before =
        mongo.findAndModify(
            byId(postId),
            new Update()
                .set(target + ".inFlight", true)
                .inc(target + ".attempts", 1)
                .set(target + ".lastAttemptAt", now),
            FindAndModifyOptions.options().returnNew(false),
            SocialPost.class);
    return before == null ? null : before.target(accountId);
  }

  /** The platform answered without taking the post: the attempt is settled. */
  public void settleAttempt(String postId, String accountId) {
    mongo.updateFirst(
        byId(postId),
        new Update().set("targets." + accountId + ".inFlight", false),
        SocialPost.class);
  }

  /** Records the platform's id and address once: a target published already keeps its first. */
  public void recordPublished(String postId, String accountId, Published published, Instant at) {
    String target = "targets." + accountId;
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id").is(postId).and(target + ".status").ne(TargetStatus.PUBLISHED)),
        new Update()
            .set(target + ".status", TargetStatus.PUBLISHED)
            .set(target + ".inFlight", false)
            .set(target + ".platformPostId", published.platformPostId())
            .set(target + ".url", published.url())
            .set(target + ".publishedAt", at)
            .unset(target + ".error")
            .set("updatedAt", at),
        SocialPost.class);
  }

  public void recordFailure(String postId, String accountId, String reason, Instant at) {
    String target = "targets." + accountId;
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id").is(postId).and(target + ".status").ne(TargetStatus.PUBLISHED)),
        new Update()
            .set(target + ".status", TargetStatus.FAILED)
            .set(target + ".inFlight", false)
            .set(target + ".error", reason)
            .set("updatedAt", at),
        SocialPost.class);
  }

  public void updateStatus(String postId, SocialPostStatus status, Instant at) {
    Update update = new Update().set("status", status).set("updatedAt", at);
    if (status == SocialPostStatus.PUBLISHED || status == SocialPostStatus.PARTIALLY_PUBLISHED) {
      update.set("publishedAt", at);
    }
    mongo.updateFirst(byId(postId), update, SocialPost.class);
  }

  /** The author's edit, written once the workflow accepted it. */
  public void updateText(String postId, String text, Instant at) {
    mongo.updateFirst(
        byId(postId), new Update().set("text", text).set("updatedAt", at), SocialPost.class);
  }

  /** The author's new time, written once the workflow accepted it. */
  public void reschedule(String postId, Instant scheduledAt, boolean fromQueue, Instant at) {
    mongo.updateFirst(
        byId(postId),
        new Update()
            .set("scheduledAt", scheduledAt)
            .set("fromQueue", fromQueue)
            .set("updatedAt", at),
        SocialPost.class);
  }

  private static Query byId(String postId) {
    return Query.query(Criteria.where("_id").is(postId));
  }
}
