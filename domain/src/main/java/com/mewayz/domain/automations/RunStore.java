package com.mewayz.domain.automations;

import com.mewayz.workflows.automations.RunModel.RunProgress;
import com.mewayz.workflows.automations.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The runs list. A run that ended stays ended: later, late progress never reopens it. */
@Component
public class RunStore {
  private static final List<String> FINAL =
      List.of(RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED);
  private final MongoTemplate mongo;

  public RunStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Records a run that was just started (by the API or a trigger). */
  public void started(
      String runId,
      String workspaceId,
      String automationId,
      int version,
      String triggerType,
      String retryOf,
      Map<String, Object> input,
      Instant now) {
    // Insert only: the run may have recorded progress of its own already.
    Update update =
        new Update()
            .setOnInsert("workspaceId", workspaceId)
            .setOnInsert("automationId", automationId)
            .setOnInsert("version", version)
            .setOnInsert("triggerType", triggerType)
            .setOnInsert("status", RunStatus.RUNNING)
            .setOnInsert("startedAt", now)
            .setOnInsert("updatedAt", now)
            .setOnInsert("retryOf", retryOf)
            .setOnInsert("input", input);
    try {
      mongo.upsert(Query.query(Criteria.where("_id").is(runId)), update, AutomationRun.class);
    } catch (DuplicateKeyException raced) {
      // Recorded concurrently by the same trigger delivered twice: one row is enough.
    }
  }

  public void progress(RunProgress progress) {
    Instant at = Instant.ofEpochMilli(progress.at());
    Update update =
        new Update()
            .set("status", progress.status())
            .set("currentNode", progress.currentNode())
            .set("updatedAt", at)
            .setOnInsert("workspaceId", progress.workspaceId())
            .setOnInsert("automationId", progress.automationId())
            .setOnInsert("version", progress.version())
            .setOnInsert("triggerType", progress.triggerType())
            .setOnInsert("startedAt", at);
    if (RunStatus.isFinal(progress.status())) {
      update.set("endedAt", at).set("error", progress.error()).set("output", progress.output());
    }
    try {
      mongo.upsert(
          Query.query(Criteria.where("_id").is(progress.runId()).and("status").nin(FINAL)),
          update,
          AutomationRun.class);
    } catch (DuplicateKeyException alreadyEnded) {
      // The run is final already: keep it as it ended.
    }
  }

  public Optional<AutomationRun> find(String runId, String workspaceId) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("_id").is(runId).and("workspaceId").is(workspaceId)),
            AutomationRun.class));
  }

  /** Newest first, of the runs the filter lets through. */
  public List<AutomationRun> list(String workspaceId, RunFilter filter, int page, int size) {
    Query query = query(workspaceId, filter);
    query.with(Sort.by(Sort.Direction.DESC, "startedAt")).skip((long) page * size).limit(size);
    return mongo.find(query, AutomationRun.class);
  }

  public long count(String workspaceId, RunFilter filter) {
    return mongo.count(query(workspaceId, filter), AutomationRun.class);
  }

  /** How many runs retry {@code runId}: the next retry is numbered after them. */
  public long countRetriesOf(String runId) {
    return mongo.count(Query.query(Criteria.where("retryOf").is(runId)), AutomationRun.class);
  }

  private static Query query(String workspaceId, RunFilter filter) {
    Criteria criteria = Criteria.where("workspaceId").is(workspaceId);
    if (filter.automationId() != null) {
      criteria = criteria.and("automationId").is(filter.automationId());
    }
    if (filter.status() != null) {
      criteria = criteria.and("status").is(filter.status());
    }
    if (filter.version() != null) {
      criteria = criteria.and("version").is(filter.version());
    }
    if (filter.startedAfter() != null || filter.startedBefore() != null) {
      criteria = criteria.and("startedAt");
      if (filter.startedAfter() != null) {
        criteria = criteria.gte(filter.startedAfter());
      }
      if (filter.startedBefore() != null) {
        criteria = criteria.lt(filter.startedBefore());
      }
    }
    return Query.query(criteria);
  }
}
