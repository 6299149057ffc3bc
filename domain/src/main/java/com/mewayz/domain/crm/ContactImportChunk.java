package com.mewayz.domain.crm;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Up to {@link #SIZE} rows of an import, as read from the file, and once imported what they did.
 * {@code result} is written once: a chunk imported again after a crash reports its first result.
 */
@Document("contact_import_chunks")
public record ContactImportChunk(
    @Id String id,
    @Indexed String importId,
    int index,
    List<Row> rows,
    ChunkCounts result,
    Instant importedAt) {

  public static final int SIZE = 1000;

  public static String idOf(String importId, int index) {
    return importId + ":" + index;
  }

  /**
   * One row: its line in the file (the header is line 1), its values by column, and the line of an
   * earlier row with the same email when it repeats one (the first row wins).
   */
  public record Row(int line, List<String> values, Integer duplicateOfLine) {}

  /** Rows done and what became of them. */
  public record ChunkCounts(int rows, int created, int updated, int rejected) {
    public static final ChunkCounts NONE = new ChunkCounts(0, 0, 0, 0);

    public ChunkCounts plus(ChunkCounts other) {
      return new ChunkCounts(
          rows + other.rows,
          created + other.created,
          updated + other.updated,
          rejected + other.rejected);
    }
  }
}
