package com.mewayz.api.crm;

import com.mewayz.api.crm.CrmViews.ImportView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.crm.ContactImport;
import com.mewayz.domain.crm.ContactImportChunk;
import com.mewayz.domain.crm.ContactImportChunk.ChunkCounts;
import com.mewayz.domain.crm.ContactImportChunk.Row;
import com.mewayz.domain.crm.ContactImportRejection;
import com.mewayz.domain.crm.ContactImportStore;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.domain.crm.ImportColumns;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import com.mewayz.workflows.crm.ContactImportWorkflow;
import com.mewayz.workflows.crm.ContactImports;
import com.mewayz.workflows.crm.ImportProgress;
import com.mewayz.workflows.crm.ImportRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes a CSV file of contacts, checks its shape at once (a header with an email column, valid CSV,
 * not too many rows), stores its rows in chunks and starts a ContactImportWorkflow that imports
 * them. Rows are checked one by one by the workflow: a bad row is reported, never fatal.
 */
@Service
class ContactImportService {
  private static final Logger log = LoggerFactory.getLogger(ContactImportService.class);
  static final int MAX_ROWS = 200_000;

  private final ContactImportStore imports;
  private final WorkflowClient temporal;
  private final Clock clock;

  ContactImportService(ContactImportStore imports, WorkflowClient temporal, Clock clock) {
    this.imports = imports;
    this.temporal = temporal;
    this.clock = clock;
  }

  ImportView start(WorkspaceAccess access, String fileName, InputStream csv) {
    String name = fileName == null || fileName.isBlank() ? "contacts.csv" : fileName.strip();
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    String importId = new ObjectId().toHexString();
    Parsed parsed = parse(importId, csv);
    Instant now = clock.instant();
    ContactImport contactImport =
        imports.create(
            new ContactImport(
                importId,
                access.workspaceId(),
                name,
                parsed.columns(),
                parsed.totalRows(),
                parsed.chunks().size(),
                ContactImport.RUNNING,
                access.userId(),
                now,
                null),
            parsed.chunks());
    ContactImportWorkflow workflow =
        temporal.newWorkflowStub(
            ContactImportWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(ContactImports.workflowId(importId))
                .setTaskQueue(ContactImports.TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, access.workspaceId())
                        .build())
                .build());
    WorkflowClient.start(
        workflow::run,
        new ImportRequest(
            importId, access.workspaceId(), parsed.chunks().size(), parsed.totalRows()));
    return ImportView.of(contactImport, ContactImport.RUNNING, 0, 0, 0, 0);
  }

  List<ImportView> list(WorkspaceAccess access) {
    return imports.recent(access.workspaceId(), 50).stream().map(this::view).toList();
  }

  ImportView get(WorkspaceAccess access, String importId) {
    return view(load(access, importId));
  }

  ImportView cancel(WorkspaceAccess access, String importId) {
    ContactImport contactImport = load(access, importId);
    if (!ContactImport.RUNNING.equals(contactImport.status())) {
      throw ApiException.conflict("The import is " + contactImport.status() + " already");
    }
    temporal
        .newWorkflowStub(ContactImportWorkflow.class, ContactImports.workflowId(importId))
        .cancel();
    return view(contactImport);
  }

  /** The rejected rows as CSV: line (the header is line 1, as in a spreadsheet), email, reason. */
  String rejectionsCsv(WorkspaceAccess access, String importId) {
    load(access, importId);
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader("line", "email", "reason").get())) {
      for (ContactImportRejection rejection : imports.rejections(importId)) {
        printer.printRecord(rejection.line(), rejection.email(), rejection.reason());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private ImportView view(ContactImport contactImport) {
    if (ContactImport.RUNNING.equals(contactImport.status())) {
      try {
        ImportProgress live =
            temporal
                .newWorkflowStub(
                    ContactImportWorkflow.class, ContactImports.workflowId(contactImport.id()))
                .progress();
        return ImportView.of(
            contactImport,
            live.status(),
            live.rowsDone(),
            live.created(),
            live.updated(),
            live.rejected());
      } catch (RuntimeException e) {
        log.debug(
            "Import {} did not answer its progress; using the stored chunks",
            contactImport.id(),
            e);
      }
    }
    ChunkCounts done = imports.totals(contactImport.id());
    return ImportView.of(
        contactImport,
        contactImport.status(),
        done.rows(),
        done.created(),
        done.updated(),
        done.rejected());
  }

  private ContactImport load(WorkspaceAccess access, String importId) {
    return imports
        .find(access.workspaceId(), importId)
        .orElseThrow(() -> ApiException.notFound("Import"));
  }

  record Parsed(List<String> columns, int totalRows, List<ContactImportChunk> chunks) {}

  /**
   * Reads the whole file into chunks. The delimiter is a comma, or a semicolon when the header has
   * more of those (spreadsheets in many locales write that); a byte-order mark is skipped. A row
   * repeating an earlier row's email is marked as its duplicate here, where the whole file is seen.
   */
  static Parsed parse(String importId, InputStream csv) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      reader.mark(64 * 1024);
      String firstLine = reader.readLine();
      if (firstLine == null || firstLine.isBlank()) {
        throw ApiException.invalid("file", "is empty: the first line must name the columns");
      }
      reader.reset();
      skipByteOrderMark(reader);
      char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
      return read(importId, reader, delimiter);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw ApiException.invalid("file", "is not valid CSV: " + e.getMessage());
    }
  }

  private static Parsed read(String importId, Reader reader, char delimiter) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> columns = records.next().toList();
      ImportColumns mapping = new ImportColumns(columns);
      if (!mapping.hasEmail()) {
        throw ApiException.invalid(
            "file", "has no email column: name one column \"email\" in the first line");
      }
      List<ContactImportChunk> chunks = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      Map<String, Integer> firstLineOfEmail = new HashMap<>();
      int total = 0;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (++total > MAX_ROWS) {
          throw ApiException.invalid(
              "file", "has more than " + MAX_ROWS + " rows: split it into several files");
        }
        int line = (int) record.getRecordNumber();
        List<String> values = record.toList();
        String email = mapping.value(values, "email");
        Integer duplicateOf =
            email == null
                ? null
                : firstLineOfEmail.putIfAbsent(ContactStore.normalize(email), line);
        rows.add(new Row(line, values, duplicateOf));
        if (rows.size() == ContactImportChunk.SIZE) {
          chunks.add(chunk(importId, chunks.size(), rows));
          rows = new ArrayList<>();
        }
      }
      if (!rows.isEmpty()) {
        chunks.add(chunk(importId, chunks.size(), rows));
      }
      if (total == 0) {
        throw ApiException.invalid("file", "names its columns but has no rows to import");
      }
      return new Parsed(columns, total, chunks);
    }
  }

  private static ContactImportChunk chunk(String importId, int index, List<Row> rows) {
    return new ContactImportChunk(
        ContactImportChunk.idOf(importId, index), importId, index, rows, null, null);
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }
}
