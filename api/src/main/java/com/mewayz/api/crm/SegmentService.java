package com.mewayz.api.crm;

import com.mewayz.api.crm.CrmViews.SegmentRequest;
import com.mewayz.api.crm.CrmViews.SegmentView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.crm.Consent;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.domain.crm.Segment;
import com.mewayz.domain.crm.SegmentFilter;
import com.mewayz.domain.crm.SegmentFilter.FieldRule;
import com.mewayz.domain.crm.SegmentFilter.Operator;
import com.mewayz.domain.crm.SegmentRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

@Service
class SegmentService {
  private final SegmentRepository segments;
  private final ContactStore contacts;
  private final Clock clock;

  SegmentService(SegmentRepository segments, ContactStore contacts, Clock clock) {
    this.segments = segments;
    this.contacts = contacts;
    this.clock = clock;
  }

  List<SegmentView> list(WorkspaceAccess access) {
    return segments.findByWorkspaceIdOrderByNameAsc(access.workspaceId()).stream()
        .map(s -> view(access, s))
        .toList();
  }

  SegmentView get(WorkspaceAccess access, String segmentId) {
    return view(access, load(access, segmentId));
  }

  /** How many contacts a filter holds now, before it is saved. */
  long count(WorkspaceAccess access, SegmentFilter filter) {
    check(filter);
    return contacts.count(filter.criteria(access.workspaceId()));
  }

  SegmentView create(WorkspaceAccess access, SegmentRequest body) {
    check(body.filter());
    String name = body.name().strip();
    if (segments.existsByWorkspaceIdAndName(access.workspaceId(), name)) {
      throw nameTaken(name);
    }
    Instant now = clock.instant();
    try {
      return view(
          access,
          segments.insert(
              new Segment(
                  new ObjectId().toHexString(),
                  access.workspaceId(),
                  name,
                  body.filter(),
                  now,
                  now)));
    } catch (DuplicateKeyException raced) {
      throw nameTaken(name);
    }
  }

  SegmentView update(WorkspaceAccess access, String segmentId, SegmentRequest body) {
    Segment current = load(access, segmentId);
    check(body.filter());
    String name = body.name().strip();
    if (!name.equals(current.name())
        && segments.existsByWorkspaceIdAndName(access.workspaceId(), name)) {
      throw nameTaken(name);
    }
    try {
      return view(
          access,
          segments.save(
              new Segment(
                  current.id(),
                  current.workspaceId(),
                  name,
                  body.filter(),
                  current.createdAt(),
                  clock.instant())));
    } catch (DuplicateKeyException raced) {
      throw nameTaken(name);
    }
  }

  void delete(WorkspaceAccess access, String segmentId) {
    segments.delete(load(access, segmentId));
  }

  Segment load(WorkspaceAccess access, String segmentId) {
    return segments
        .findByIdAndWorkspaceId(segmentId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Segment"));
  }

  private SegmentView view(WorkspaceAccess access, Segment segment) {
    return SegmentView.of(segment, contacts.count(segment.filter().criteria(access.workspaceId())));
  }

  /**
   * Every part of a filter, each refusal naming where it is (e.g. {@code filter.fields[1].value}).
   */
  static void check(SegmentFilter filter) {
    checkTags("filter.tagsAll", filter.tagsAll());
    checkTags("filter.tagsAny", filter.tagsAny());
    checkTags("filter.tagsNone", filter.tagsNone());
    if (filter.consent() != null) {
      for (int i = 0; i < filter.consent().size(); i++) {
        if (!Consent.ALL.contains(filter.consent().get(i))) {
          throw ApiException.invalid("filter.consent[" + i + "]", CrmViews.CONSENT_MESSAGE);
        }
      }
    }
    if (filter.fields() != null) {
      if (filter.fields().size() > 20) {
        throw ApiException.invalid("filter.fields", "has more than 20 rules");
      }
      for (int i = 0; i < filter.fields().size(); i++) {
        checkRule("filter.fields[" + i + "]", filter.fields().get(i));
      }
    }
    if (filter.createdAfter() != null
        && filter.createdBefore() != null
        && !filter.createdAfter().isBefore(filter.createdBefore())) {
      throw ApiException.invalid("filter.createdBefore", "must be after createdAfter");
    }
  }

  private static void checkTags(String where, List<String> tags) {
    if (tags == null) {
      return;
    }
    if (tags.size() > 50) {
      throw ApiException.invalid(where, "has more than 50 tags");
    }
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tag == null || tag.isBlank() || tag.length() > 50) {
        throw ApiException.invalid(where + "[" + i + "]", "must be a tag of 1 to 50 characters");
      }
    }
  }

  private static void checkRule(String where, FieldRule rule) {
    if (rule == null) {
      throw ApiException.invalid(where, "must be a rule");
    }
    if (rule.field() == null || !ContactService.FIELD_NAME.matcher(rule.field()).matches()) {
      throw ApiException.invalid(where + ".field", "must name a custom field, like plan or city");
    }
    if (rule.op() == null) {
      throw ApiException.invalid(where + ".op", "is required");
    }
    boolean needsValue = rule.op() != Operator.EXISTS && rule.op() != Operator.NOT_EXISTS;
    Object value = rule.value();
    if (needsValue
        && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
      throw ApiException.invalid(where + ".value", "must be text, a number or true/false");
    }
    if (value instanceof String text && text.length() > ContactService.MAX_FIELD_VALUE) {
      throw ApiException.invalid(where + ".value", "is too long");
    }
  }

  private static ApiException nameTaken(String name) {
    return new ApiException(
        HttpStatus.CONFLICT,
        "Conflict",
        "Another segment of this workspace is named " + name,
        Map.of("name", "is already used in this workspace"));
  }
}
