package com.mewayz.api.crm;

import com.mewayz.api.crm.CrmViews.ImportView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.ContentTags;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * CSV imports of contacts: upload (a form's {@code file} part, or the CSV itself as a {@code
 * text/csv} body), follow the progress, download the rejected rows, cancel.
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/crm/imports")
class ContactImportController {
  private static final MediaType TEXT_CSV = new MediaType("text", "csv");

  /** The same limit as a form upload (spring.servlet.multipart.max-file-size). */
  private static final int MAX_BODY_BYTES = 50 * 1024 * 1024;

  private final ContactImportService imports;
  private final ContentTags tags;

  ContactImportController(ContactImportService imports, ContentTags tags) {
    this.imports = imports;
    this.tags = tags;
  }

  /**
   * One door for both shapes, so the workspace check answers first whatever is sent: a form's
   * {@code file} part, or a {@code text/csv} body named by {@code ?fileName=}.
   */
  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  ApiResponse<ImportView> upload(
      WorkspaceAccess access,
      @RequestParam(required = false) String fileName,
      HttpServletRequest request)
      throws IOException {
    MultipartHttpServletRequest form =
        WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    if (form != null) {
      MultipartFile file = form.getFile("file");
      if (file == null) {
        throw ApiException.invalid("file", "is required: a CSV file of contacts");
      }
      if (file.isEmpty()) {
        throw ApiException.invalid("file", "is empty: the first line must name the columns");
      }
      return ApiResponse.ok(
          imports.start(access, file.getOriginalFilename(), file.getInputStream()),
          "Import started");
    }
    String type = request.getContentType();
    if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(TEXT_CSV)) {
      throw new ApiException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "UnsupportedMediaType",
          "Send the CSV as a multipart form's file part, or as a text/csv body",
          java.util.Map.of("file", "is required: a CSV file of contacts"));
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return ApiResponse.ok(
        imports.start(access, fileName, new java.io.ByteArrayInputStream(body)), "Import started");
  }

  private static ApiException tooLarge() {
    return new ApiException(
        HttpStatus.CONTENT_TOO_LARGE,
        "PayloadTooLarge",
        "A CSV body is at most " + MAX_BODY_BYTES / (1024 * 1024) + " MB: split the file",
        java.util.Map.of("file", "is too large"));
  }

  @GetMapping
  ApiResponse<List<ImportView>> list(WorkspaceAccess access, WebRequest request) {
    return tags.okUnlessNotModified(request, imports.list(access));
  }

  /** The import's progress; 304 Not Modified while it is what the client has. */
  @GetMapping("/{importId}")
  ApiResponse<ImportView> get(
      WorkspaceAccess access, @PathVariable String importId, WebRequest request) {
    return tags.okUnlessNotModified(request, imports.get(access, importId));
  }

  @PostMapping("/{importId}/cancel")
  ApiResponse<ImportView> cancel(WorkspaceAccess access, @PathVariable String importId) {
    return ApiResponse.ok(imports.cancel(access, importId), "Import stopping");
  }

  @GetMapping(value = "/{importId}/rejections.csv", produces = "text/csv")
  ResponseEntity<String> rejections(WorkspaceAccess access, @PathVariable String importId) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("import-" + importId + "-rejected.csv")
                .build()
                .toString())
        .contentType(new MediaType(TEXT_CSV, java.nio.charset.StandardCharsets.UTF_8))
        .body(imports.rejectionsCsv(access, importId));
  }
}
