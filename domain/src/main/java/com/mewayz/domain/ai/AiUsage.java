package com.mewayz.domain.ai;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Tokens and cost of every model call, per workspace and month, against the monthly budget. */
@Component
public class AiUsage {
  private final MongoTemplate mongo;
  private final Clock clock;

  public AiUsage(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** A model's totals in a month. */
  public record ModelUsage(
      String model, long requests, long tokensIn, long tokensOut, long costMicros) {}

  /** The month's usage of a workspace, and what its budget leaves. */
  public record MonthUsage(
      String month, long costMicros, Long budgetCents, List<ModelUsage> models) {
    public boolean budgetSpent() {
      return budgetCents != null && costMicros >= budgetCents * 10_000;
    }
  }

  /** Records one call once: a second write of the same key changes nothing. */
  public void record(
      String key,
      String workspaceId,
      AiProvider provider,
      String model,
      long tokensIn,
      long tokensOut) {
    Instant now = clock.instant();
    long cost = AiPrices.of(provider, model).costMicros(tokensIn, tokensOut);
    try {
      mongo.insert(
          new AiUsageRecord(key, workspaceId, month(now), model, tokensIn, tokensOut, cost, now));
    } catch (DuplicateKeyException alreadyCounted) {
      // The call was recorded by an attempt that died before reporting: counted once.
    }
  }

  public MonthUsage thisMonth(String workspaceId, Long budgetCents) {
    String month = month(clock.instant());
    List<AiUsageRecord> calls =
        mongo.find(
            Query.query(Criteria.where("workspaceId").is(workspaceId).and("month").is(month)),
            AiUsageRecord.class);
    Map<String, ModelUsage> byModel = new TreeMap<>();
    long total = 0;
    for (AiUsageRecord call : calls) {
      total += call.costMicros();
      byModel.merge(
          call.model(),
          new ModelUsage(call.model(), 1, call.tokensIn(), call.tokensOut(), call.costMicros()),
          (a, b) ->
              new ModelUsage(
                  a.model(),
                  a.requests() + b.requests(),
                  a.tokensIn() + b.tokensIn(),
                  a.tokensOut() + b.tokensOut(),
                  a.costMicros() + b.costMicros()));
    }
    return new MonthUsage(month, total, budgetCents, List.copyOf(byModel.values()));
  }

  static String month(Instant at) {
    return YearMonth.from(at.atZone(ZoneOffset.UTC)).toString();
  }
}
