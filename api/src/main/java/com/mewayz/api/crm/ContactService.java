package com.mewayz.api.crm;

import com.mewayz.api.crm.CrmViews.ConsentRequest;
import com.mewayz.api.crm.CrmViews.ContactRequest;
import com.mewayz.api.crm.CrmViews.ContactView;
import com.mewayz.api.crm.CrmViews.TagsRequest;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.NewIds;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.crm.Consent;
import com.mewayz.domain.crm.ConsentChange;
import com.mewayz.domain.crm.Contact;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.domain.crm.SegmentFilter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

@Service
class ContactService {
  static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
  static final int MAX_FIELDS = 50;
  static final int MAX_FIELD_VALUE = 1000;

  private final ContactStore contacts;
  private final SegmentService segments;
  private final ContactEvents events;
  private final Clock clock;

  ContactService(
      ContactStore contacts, SegmentService segments, ContactEvents events, Clock clock) {
    this.contacts = contacts;
    this.segments = segments;
    this.events = events;
    this.clock = clock;
  }

  PageResponse<ContactView> list(
      WorkspaceAccess access,
      String q,
      String tag,
      String consent,
      String segmentId,
      PageRequestParams params) {
    SegmentFilter filter =
        segmentId == null ? SegmentFilter.everyone() : segments.load(access, segmentId).filter();
    List<Criteria> all = new ArrayList<>();
    all.add(filter.criteria(access.workspaceId()));
    if (q != null && !q.isBlank()) {
      if (q.length() > 200) {
        throw ApiException.invalid("q", "is longer than 200 characters");
      }
      all.add(ContactStore.matching(q));
    }
    if (tag != null && !tag.isBlank()) {
      all.add(Criteria.where("tags").is(tag));
    }
    if (consent != null && !consent.isBlank()) {
      if (!Consent.ALL.contains(consent)) {
        throw ApiException.invalid("consent", CrmViews.CONSENT_MESSAGE);
      }
      all.add(Criteria.where("consent").is(consent));
    }
    Page<Contact> page =
        contacts.page(new Criteria().andOperator(all), params.page(), params.size());
    return new PageResponse<>(
        page.getContent().stream().map(ContactView::of).toList(),
        params.page(),
        params.size(),
        page.getTotalElements());
  }

  ContactView get(WorkspaceAccess access, String contactId) {
    return ContactView.of(load(access, contactId));
  }

  ContactView create(WorkspaceAccess access, ContactRequest body) {
    Map<String, Object> fields = checkFields(body.fields());
    String email = ContactStore.normalize(body.email());
    String id = NewIds.next();
    Optional<Contact> holder = contacts.find(access.workspaceId(), email);
    if (holder.isPresent()) {
      return createdBefore(holder.get(), id).orElseThrow(() -> emailTaken(email));
    }
    Instant now = clock.instant();
    String consent = body.consent() == null ? Consent.SUBSCRIBED : body.consent();
    Contact contact;
    try {
      contact =
          contacts.insert(
              new Contact(
                  id,
                  access.workspaceId(),
                  email,
                  blankToNull(body.firstName()),
                  blankToNull(body.lastName()),
                  blankToNull(body.phone()),
                  tags(body.tags()),
                  fields,
                  consent,
                  now,
                  now,
                  List.of(new ConsentChange(consent, now, "api", null))));
    } catch (DuplicateKeyException raced) {
      return contacts
          .find(access.workspaceId(), email)
          .flatMap(c -> createdBefore(c, id))
          .orElseThrow(() -> emailTaken(email));
    }
    announceCreated(contact);
    return ContactView.of(contact);
  }

  /**
   * The contact holding the address when an earlier attempt of this very request (same
   * Idempotency-Key, so same id) created it and died before answering: the retry answers with it
   * and announces it again (event ids derive from the contact, so listeners see it once).
   */
  private Optional<ContactView> createdBefore(Contact holder, String id) {
    if (!holder.id().equals(id)) {
      return Optional.empty();
    }
    announceCreated(holder);
    return Optional.of(ContactView.of(holder));
  }

  private void announceCreated(Contact contact) {
    events.publish("contact.created", contact, "created", Map.of());
    announceTags(contact, contact.tags());
  }

  ContactView update(WorkspaceAccess access, String contactId, ContactRequest body) {
    Contact before = load(access, contactId);
    Map<String, Object> fields = checkFields(body.fields());
    String email = ContactStore.normalize(body.email());
    if (!email.equals(before.email()) && contacts.find(access.workspaceId(), email).isPresent()) {
      throw emailTaken(email);
    }
    if (body.consent() != null && !body.consent().equals(before.consent())) {
      throw ApiException.invalid(
          "consent",
          "is changed through POST /api/crm/contacts/{id}/consent, which keeps its history");
    }
    Contact after;
    try {
      after =
          contacts
              .edit(
                  access.workspaceId(),
                  contactId,
                  email,
                  blankToNull(body.firstName()),
                  blankToNull(body.lastName()),
                  blankToNull(body.phone()),
                  tags(body.tags()),
                  fields,
                  clock.instant())
              .orElseThrow(() -> ApiException.notFound("Contact"));
    } catch (DuplicateKeyException raced) {
      throw emailTaken(email);
    }
    events.publish(
        "contact.updated", after, "updated:" + after.updatedAt().toEpochMilli(), Map.of());
    announceTags(after, after.tags().stream().filter(t -> !before.tags().contains(t)).toList());
    return ContactView.of(after);
  }

  void delete(WorkspaceAccess access, String contactId) {
    if (!contacts.delete(access.workspaceId(), contactId)) {
      throw ApiException.notFound("Contact");
    }
  }

  /** Moves the contact's consent, with a history entry; the same state again changes nothing. */
  ContactView changeConsent(WorkspaceAccess access, String contactId, ConsentRequest body) {
    Contact current = load(access, contactId);
    Instant now = clock.instant();
    return contacts
        .changeConsent(
            access.workspaceId(),
            contactId,
            new ConsentChange(body.status(), now, "api", blankToNull(body.note())),
            now)
        .map(
            changed -> {
              if (Consent.UNSUBSCRIBED.equals(changed.consent())) {
                events.publish(
                    "contact.unsubscribed",
                    changed,
                    "unsubscribed:" + changed.consentHistory().size(),
                    Map.of("source", "api"));
              }
              return ContactView.of(changed);
            })
        .orElseGet(() -> ContactView.of(current));
  }

  ContactView tag(WorkspaceAccess access, String contactId, TagsRequest body) {
    Contact contact = load(access, contactId);
    List<String> add = body.add() == null ? List.of() : tags(body.add());
    List<String> remove = body.remove() == null ? List.of() : tags(body.remove());
    if (add.stream().anyMatch(remove::contains)) {
      throw ApiException.invalid("remove", "names a tag that add names too");
    }
    long after =
        java.util.stream.Stream.concat(contact.tags().stream(), add.stream())
            .distinct()
            .filter(t -> !remove.contains(t))
            .count();
    if (after > 50) {
      throw ApiException.invalid("add", "would give the contact more than 50 tags");
    }
    ContactStore.TagResult result =
        contacts
            .tag(access.workspaceId(), contact.email(), add, remove, clock.instant())
            .orElseThrow(() -> ApiException.notFound("Contact"));
    announceTags(result.contact(), result.added());
    return ContactView.of(result.contact());
  }

  Contact load(WorkspaceAccess access, String contactId) {
    return contacts
        .findById(access.workspaceId(), contactId)
        .orElseThrow(() -> ApiException.notFound("Contact"));
  }

  private void announceTags(Contact contact, List<String> added) {
    for (String tag : added) {
      events.publish(
          "contact.tagged",
          contact,
          "tagged:" + tag + ":" + contact.updatedAt().toEpochMilli(),
          Map.of("tag", tag));
    }
  }

  /** Custom fields: names like {@code plan_2}, plain values (text, number, yes/no) only. */
  static Map<String, Object> checkFields(Map<String, Object> fields) {
    if (fields == null) {
      return Map.of();
    }
    if (fields.size() > MAX_FIELDS) {
      throw ApiException.invalid("fields", "has more than " + MAX_FIELDS + " fields");
    }
    Map<String, Object> checked = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (!FIELD_NAME.matcher(name).matches()) {
            throw ApiException.invalid(
                "fields." + name, "a field name starts with a letter, then letters, digits or _");
          }
          if (value instanceof String text && text.length() > MAX_FIELD_VALUE) {
            throw ApiException.invalid(
                "fields." + name, "is longer than " + MAX_FIELD_VALUE + " characters");
          }
          if (value != null
              && !(value instanceof String
                  || value instanceof Number
                  || value instanceof Boolean)) {
            throw ApiException.invalid("fields." + name, "must be text, a number or true/false");
          }
          if (value != null) {
            checked.put(name, value);
          }
        });
    return checked;
  }

  private static List<String> tags(List<String> tags) {
    return tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static ApiException emailTaken(String email) {
    return new ApiException(
        HttpStatus.CONFLICT,
        "Conflict",
        "Another contact of this workspace has the email " + email,
        Map.of("email", "belongs to another contact of this workspace"));
  }
}
