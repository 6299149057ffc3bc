package com.mewayz.api.crm;

import com.mewayz.domain.crm.ConsentChange;
import com.mewayz.domain.crm.Contact;
import com.mewayz.domain.crm.ContactImport;
import com.mewayz.domain.crm.Segment;
import com.mewayz.domain.crm.SegmentFilter;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Requests and answers of the CRM endpoints. */
final class CrmViews {
  static final String CONSENT_STATES = "subscribed|unsubscribed|bounced|complained";
  static final String CONSENT_MESSAGE =
      "must be one of subscribed, unsubscribed, bounced, complained";

  private CrmViews() {}

  record ContactRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @Size(max = 200) String firstName,
      @Size(max = 200) String lastName,
      @Size(max = 40)
          @Pattern(regexp = "[0-9 +().-]*", message = "digits, spaces and + ( ) . - only")
          String phone,
      @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
      Map<String, Object> fields,
      @Pattern(regexp = CONSENT_STATES, message = CONSENT_MESSAGE) String consent) {}

  record ConsentRequest(
      @NotBlank @Pattern(regexp = CONSENT_STATES, message = CONSENT_MESSAGE) String status,
      @Size(max = 500) String note) {}

  record TagsRequest(
      @Size(max = 50) List<@NotBlank @Size(max = 50) String> add,
      @Size(max = 50) List<@NotBlank @Size(max = 50) String> remove) {}

  record ContactView(
      String id,
      String email,
      String firstName,
      String lastName,
      String phone,
      List<String> tags,
      Map<String, Object> fields,
      String consent,
      List<ConsentChange> consentHistory,
      Instant createdAt,
      Instant updatedAt) {
    static ContactView of(Contact c) {
      return new ContactView(
          c.id(),
          c.email(),
          c.firstName(),
          c.lastName(),
          c.phone(),
          c.tags() == null ? List.of() : c.tags(),
          c.fields() == null ? Map.of() : c.fields(),
          c.consent(),
          c.consentHistory() == null ? List.of() : c.consentHistory(),
          c.createdAt(),
          c.updatedAt());
    }
  }

  record SegmentRequest(@NotBlank @Size(max = 100) String name, @NotNull SegmentFilter filter) {}

  record SegmentView(
      String id,
      String name,
      SegmentFilter filter,
      long contactCount,
      Instant createdAt,
      Instant updatedAt) {
    static SegmentView of(Segment s, long contactCount) {
      return new SegmentView(
          s.id(), s.name(), s.filter(), contactCount, s.createdAt(), s.updatedAt());
    }
  }

  /**
   * An import and how far it got: {@code rowsDone} of {@code totalRows}, and what became of them.
   * The counts come from the running workflow when it answers, else from the stored chunks.
   */
  record ImportView(
      String id,
      String fileName,
      String status,
      List<String> columns,
      int totalRows,
      int rowsDone,
      int created,
      int updated,
      int rejected,
      int percentDone,
      Instant createdAt,
      Instant finishedAt) {
    static ImportView of(
        ContactImport i, String status, int rowsDone, int created, int updated, int rejected) {
      int percent = i.totalRows() == 0 ? 100 : (int) (100L * rowsDone / i.totalRows());
      return new ImportView(
          i.id(),
          i.fileName(),
          status,
          i.columns(),
          i.totalRows(),
          rowsDone,
          created,
          updated,
          rejected,
          percent,
          i.createdAt(),
          i.finishedAt());
    }
  }
}
