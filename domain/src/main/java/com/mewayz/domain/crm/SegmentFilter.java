package com.mewayz.domain.crm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which contacts a segment holds: every condition given must hold (absent ones are ignored). Tags
 * all / any / none, consent states, custom-field rules and a creation window. Turned into one
 * MongoDB query, so a segment of 100,000 contacts is read page by page, never loaded whole.
 */
public record SegmentFilter(
    List<String> tagsAll,
    List<String> tagsAny,
    List<String> tagsNone,
    List<String> consent,
    List<FieldRule> fields,
    Instant createdAfter,
    Instant createdBefore) {

  /** A rule on a custom field; {@code value} is unused by EXISTS and NOT_EXISTS. */
  public record FieldRule(String field, Operator op, Object value) {}

  public enum Operator {
    EQUALS,
    NOT_EQUALS,
    CONTAINS,
    GREATER_THAN,
    LESS_THAN,
    EXISTS,
    NOT_EXISTS
  }

  public static SegmentFilter everyone() {
    return new SegmentFilter(null, null, null, null, null, null, null);
  }

  /** The contacts of {@code workspaceId} this filter holds. */
  public Criteria criteria(String workspaceId) {
    List<Criteria> all = new ArrayList<>();
    all.add(Criteria.where("workspaceId").is(workspaceId));
    if (present(tagsAll)) {
      all.add(Criteria.where("tags").all(tagsAll));
    }
    if (present(tagsAny)) {
      all.add(Criteria.where("tags").in(tagsAny));
    }
    if (present(tagsNone)) {
      all.add(Criteria.where("tags").nin(tagsNone));
    }
    if (present(consent)) {
      all.add(Criteria.where("consent").in(consent));
    }
    if (present(fields)) {
      fields.forEach(rule -> all.add(rule(rule)));
    }
    if (createdAfter != null) {
      all.add(Criteria.where("createdAt").gte(createdAfter));
    }
    if (createdBefore != null) {
      all.add(Criteria.where("createdAt").lt(createdBefore));
    }
    return new Criteria().andOperator(all);
  }

  private static Criteria rule(FieldRule rule) {
    Criteria field = Criteria.where("fields." + rule.field());
    return switch (rule.op()) {
      case EQUALS -> field.is(rule.value());
      case NOT_EQUALS -> field.ne(rule.value());
      case CONTAINS ->
          field.regex(
              Pattern.compile(
                  Pattern.quote(String.valueOf(rule.value())), Pattern.CASE_INSENSITIVE));
      case GREATER_THAN -> field.gt(rule.value());
      case LESS_THAN -> field.lt(rule.value());
      case EXISTS -> field.exists(true);
      case NOT_EXISTS -> field.exists(false);
    };
  }

  private static boolean present(List<?> list) {
    return list != null && !list.isEmpty();
  }
}
