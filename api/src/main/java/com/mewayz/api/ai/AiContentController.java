package com.mewayz.api.ai;

import com.mewayz.api.ai.AiViews.ApproveRequest;
import com.mewayz.api.ai.AiViews.ContentRequest;
import com.mewayz.api.ai.AiViews.ContentView;
import com.mewayz.api.ai.AiViews.RejectRequest;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** AI content: generated, approved (or edited, or rejected with feedback), then published. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/ai/content")
class AiContentController {
  private final AiContentService contents;

  AiContentController(AiContentService contents) {
    this.contents = contents;
  }

  @GetMapping
  ApiResponse<PageResponse<ContentView>> list(
      WorkspaceAccess access, @Valid PageRequestParams page) {
    return ApiResponse.ok(contents.list(access, page));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<ContentView> create(WorkspaceAccess access, @Valid @RequestBody ContentRequest body) {
    return ApiResponse.ok(contents.create(access, body), "Generating");
  }

  @GetMapping("/{contentId}")
  ApiResponse<ContentView> get(WorkspaceAccess access, @PathVariable String contentId) {
    return ApiResponse.ok(contents.get(access, contentId));
  }

  @PostMapping("/{contentId}/approve")
  ApiResponse<ContentView> approve(
      WorkspaceAccess access,
      @PathVariable String contentId,
      @Valid @RequestBody(required = false) ApproveRequest body) {
    return ApiResponse.ok(
        contents.approve(access, contentId, body == null ? null : body.edited()), "Approved");
  }

  @PostMapping("/{contentId}/reject")
  ApiResponse<ContentView> reject(
      WorkspaceAccess access,
      @PathVariable String contentId,
      @Valid @RequestBody RejectRequest body) {
    return ApiResponse.ok(
        contents.reject(access, contentId, body.feedback()), "Rejected: writing a new draft");
  }

  @PostMapping("/{contentId}/cancel")
  ApiResponse<ContentView> cancel(WorkspaceAccess access, @PathVariable String contentId) {
    return ApiResponse.ok(contents.cancel(access, contentId), "Cancelled");
  }
}
