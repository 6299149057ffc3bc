package com.mewayz.api.linkinbio;

import com.mewayz.api.linkinbio.BioViews.AnalyticsView;
import com.mewayz.api.linkinbio.BioViews.PageRequest;
import com.mewayz.api.linkinbio.BioViews.PageView;
import com.mewayz.api.linkinbio.BioViews.PreviewView;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's link-in-bio pages: edit the draft, preview, publish, read the counts. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/link-in-bio/pages")
class BioPageController {
  private final BioPageService pages;

  BioPageController(BioPageService pages) {
    this.pages = pages;
  }

  @GetMapping
  ApiResponse<List<PageView>> list(WorkspaceAccess access) {
    return ApiResponse.ok(pages.list(access));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<PageView> create(WorkspaceAccess access, @Valid @RequestBody PageRequest body) {
    return ApiResponse.ok(pages.create(access, body), "Page created");
  }

  @GetMapping("/{pageId}")
  ApiResponse<PageView> get(WorkspaceAccess access, @PathVariable String pageId) {
    return ApiResponse.ok(pages.get(access, pageId));
  }

  @PutMapping("/{pageId}")
  ApiResponse<PageView> update(
      WorkspaceAccess access, @PathVariable String pageId, @Valid @RequestBody PageRequest body) {
    return ApiResponse.ok(pages.update(access, pageId, body), "Page saved");
  }

  @DeleteMapping("/{pageId}")
  ApiResponse<Void> delete(WorkspaceAccess access, @PathVariable String pageId) {
    pages.delete(access, pageId);
    return ApiResponse.ok(null, "Page deleted");
  }

  @PostMapping("/{pageId}/publish")
  ApiResponse<PageView> publish(WorkspaceAccess access, @PathVariable String pageId) {
    return ApiResponse.ok(pages.publish(access, pageId), "Page published");
  }

  @PostMapping("/{pageId}/unpublish")
  ApiResponse<PageView> unpublish(WorkspaceAccess access, @PathVariable String pageId) {
    return ApiResponse.ok(pages.unpublish(access, pageId), "Page unpublished");
  }

  @PostMapping("/{pageId}/preview")
  ApiResponse<PreviewView> preview(
      WorkspaceAccess access, @PathVariable String pageId, @Valid @RequestBody PageRequest body) {
    return ApiResponse.ok(pages.preview(access, pageId, body));
  }

  @GetMapping("/{pageId}/analytics")
  ApiResponse<AnalyticsView> analytics(
      WorkspaceAccess access,
      @PathVariable String pageId,
      @RequestParam(defaultValue = "30") @Min(1) @Max(90) int days) {
    return ApiResponse.ok(pages.analytics(access, pageId, days));
  }
}
