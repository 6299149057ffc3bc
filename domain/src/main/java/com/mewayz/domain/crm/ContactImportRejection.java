package com.mewayz.domain.crm;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A row of an import that was not imported, and why: the downloadable report is made of these. */
@Document("contact_import_rejections")
public record ContactImportRejection(
    @Id String id, @Indexed String importId, int line, String email, String reason) {

  public static String idOf(String importId, int line) {
    return importId + ":" + line;
  }
}
