package com.mewayz.activities.crm;

import com.mewayz.domain.crm.Consent;
import com.mewayz.domain.crm.ContactImport;
import com.mewayz.domain.crm.ContactImportChunk;
import com.mewayz.domain.crm.ContactImportChunk.ChunkCounts;
import com.mewayz.domain.crm.ContactImportChunk.Row;
import com.mewayz.domain.crm.ContactImportRejection;
import com.mewayz.domain.crm.ContactImportStore;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.domain.crm.ContactStore.BatchCounts;
import com.mewayz.domain.crm.ContactStore.Imported;
import com.mewayz.domain.crm.EmailAddresses;
import com.mewayz.domain.crm.ImportColumns;
import com.mewayz.workflows.common.FailureTypes;
import com.mewayz.workflows.crm.ChunkResult;
import com.mewayz.workflows.crm.ContactImportActivities;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class ContactImportActivitiesImpl implements ContactImportActivities {
  static final int MAX_TAGS = 50;
  static final int MAX_TEXT = 200;
  static final int MAX_FIELD_VALUE = 1000;

  private final ContactImportStore imports;
  private final ContactStore contacts;
  private final Clock clock;

  public ContactImportActivitiesImpl(
      ContactImportStore imports, ContactStore contacts, Clock clock) {
    this.imports = imports;
    this.contacts = contacts;
    this.clock = clock;
  }

  @Override
  public ChunkResult importChunk(String importId, int chunkIndex) {
    ContactImport contactImport =
        imports.find(importId).orElseThrow(() -> gone("import " + importId));
    ContactImportChunk chunk =
        imports.chunk(importId, chunkIndex).orElseThrow(() -> gone("chunk " + chunkIndex));
    if (chunk.result() != null) {
      return toResult(chunk.result());
    }
    ImportColumns columns = new ImportColumns(contactImport.columns());
    List<Imported> accepted = new ArrayList<>();
    List<ContactImportRejection> rejections = new ArrayList<>();
    for (Row row : chunk.rows()) {
      // Read as written; the email is normalized once the row is found good.
      Imported read = read(columns, row.values());
      String problem = problem(row, read);
      if (problem != null) {
        rejections.add(
            new ContactImportRejection(
                ContactImportRejection.idOf(importId, row.line()),
                importId,
                row.line(),
                read.email(),
                problem));
      } else {
        accepted.add(withNormalizedEmail(read));
      }
    }
    imports.rejectAll(rejections);
    int rejected = rejections.size();
    Instant now = clock.instant();
    BatchCounts written = contacts.importBatch(contactImport.workspaceId(), accepted, now);
    ChunkCounts stands =
        imports.recordResult(
            importId,
            chunkIndex,
            new ChunkCounts(chunk.rows().size(), written.created(), written.updated(), rejected),
            now);
    return toResult(stands);
  }

  @Override
  public void finish(String importId, String status) {
    imports.finish(importId, status, clock.instant());
  }

  /** Why the row cannot be imported, or null when it can. */
  static String problem(Row row, Imported read) {
    String email = read.email();
    if (email == null) {
      return "the email is missing";
    }
    if (!EmailAddresses.valid(email)) {
      return "\"" + email + "\" is not a valid email address";
    }
    if (row.duplicateOfLine() != null) {
      return "repeats the email of line " + row.duplicateOfLine() + ", which is the one imported";
    }
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("firstName", read.firstName());
    texts.put("lastName", read.lastName());
    texts.put("phone", read.phone());
    for (Map.Entry<String, String> text : texts.entrySet()) {
      if (text.getValue() != null && text.getValue().length() > MAX_TEXT) {
        return text.getKey() + " is longer than " + MAX_TEXT + " characters";
      }
    }
    if (read.consent() != null && !Consent.ALL.contains(read.consent())) {
      return "consent \"" + read.consent() + "\" is not one of " + String.join(", ", Consent.ALL);
    }
    if (read.tags().size() > MAX_TAGS) {
      return "has more than " + MAX_TAGS + " tags";
    }
    if (read.tags().stream().anyMatch(t -> t.length() > 50)) {
      return "has a tag longer than 50 characters";
    }
    for (Map.Entry<String, Object> field : read.fields().entrySet()) {
      if (field.getValue().toString().length() > MAX_FIELD_VALUE) {
        return "the value of " + field.getKey() + " is longer than " + MAX_FIELD_VALUE;
      }
    }
    return null;
  }

  private static Imported read(ImportColumns columns, List<String> values) {
    return new Imported(
        columns.value(values, "email"),
        columns.value(values, "firstName"),
        columns.value(values, "lastName"),
        columns.value(values, "phone"),
        tags(columns, values),
        columns.fields(values),
        consent(columns, values));
  }

  private static Imported withNormalizedEmail(Imported read) {
    return new Imported(
        ContactStore.normalize(read.email()),
        read.firstName(),
        read.lastName(),
        read.phone(),
        read.tags(),
        read.fields(),
        read.consent());
  }

  private static String consent(ImportColumns columns, List<String> values) {
    String consent = columns.value(values, "consent");
    return consent == null ? null : consent.toLowerCase(Locale.ROOT);
  }

  /** Tags separated by commas or semicolons, trimmed, without empties or repeats. */
  private static List<String> tags(ImportColumns columns, List<String> values) {
    String tags = columns.value(values, "tags");
    if (tags == null) {
      return List.of();
    }
    return Arrays.stream(tags.split("[,;]"))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .distinct()
        .toList();
  }

  private static ChunkResult toResult(ChunkCounts counts) {
    return new ChunkResult(counts.rows(), counts.created(), counts.updated(), counts.rejected());
  }

  private static ApplicationFailure gone(String what) {
    return ApplicationFailure.newNonRetryableFailure(
        "The " + what + " no longer exists", FailureTypes.NOT_FOUND.type());
  }
}
