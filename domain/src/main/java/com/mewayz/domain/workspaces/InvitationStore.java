package com.mewayz.domain.workspaces;

import com.mewayz.workflows.workspaces.InvitationStatus;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * State changes of invitations. An invitation leaves PENDING exactly once: each change is a
 * conditional update on {@code status = PENDING}, so accept, decline, expiry and revocation can
 * race safely and activities can be retried.
 */
@Component
public class InvitationStore {
  private final MongoTemplate mongo;

  public InvitationStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Moves a pending invitation to {@code outcome}; empty when it was no longer pending. */
  public Optional<Invitation> closePending(
      String invitationId, InvitationStatus outcome, String acceptedBy, Instant now) {
    Update update = new Update().set("status", outcome).set("decidedAt", now);
    if (acceptedBy != null) {
      update.set("acceptedBy", acceptedBy);
    }
    return Optional.ofNullable(
        mongo.findAndModify(
            Query.query(
                Criteria.where("_id").is(invitationId).and("status").is(InvitationStatus.PENDING)),
            update,
            FindAndModifyOptions.options().returnNew(true),
            Invitation.class));
  }

  public void markReminderSent(String invitationId, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(invitationId).and("reminderSentAt").isNull()),
        new Update().set("reminderSentAt", now),
        Invitation.class);
  }

  public Optional<Invitation> find(String invitationId) {
    return Optional.ofNullable(mongo.findById(invitationId, Invitation.class));
  }
}
