package com.mewayz.domain.ai;

import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.ContentDraft;
import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The writes the content's workflow makes, each one field set: repeating one changes nothing. */
@Component
public class AiContentStore {
  private final MongoTemplate mongo;
  private final Clock clock;

  public AiContentStore(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Stores the draft of {@code round}, and the feedback it answered (once per round). */
  public void saveDraft(
      String contentId, int round, ContentDraft draft, String feedback, String model) {
    Update update =
        new Update()
            .set("round", round)
            .set("draft", draft)
            .set("model", model)
            .set("updatedAt", clock.instant());
    Query query = byId(contentId);
    if (feedback != null) {
      // Only the first write of a round appends its feedback: a retried activity adds nothing.
      query.addCriteria(Criteria.where("round").lt(round));
      update.push("feedback", feedback);
      if (mongo.updateFirst(query, update, AiContent.class).getMatchedCount() > 0) {
        return;
      }
      update = new Update().set("draft", draft).set("updatedAt", clock.instant());
      query = byId(contentId);
    }
    mongo.updateFirst(query, update, AiContent.class);
  }

  public void setStatus(String contentId, AiContentStatus status, String failure) {
    mongo.updateFirst(
        byId(contentId),
        new Update()
            .set("status", status)
            .set("failure", failure)
            .set("updatedAt", clock.instant()),
        AiContent.class);
  }

  public void published(String contentId, ContentDraft approved, String ref) {
    mongo.updateFirst(
        byId(contentId),
        new Update()
            .set("draft", approved)
            .set("publishedRef", ref)
            .set("updatedAt", clock.instant()),
        AiContent.class);
  }

  private static Query byId(String contentId) {
    return Query.query(Criteria.where("_id").is(contentId));
  }
}
