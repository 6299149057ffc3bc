package com.mewayz.api.social;

import com.mewayz.api.social.SocialViews.CreatePostRequest;
import com.mewayz.api.social.SocialViews.EditPostRequest;
import com.mewayz.api.social.SocialViews.PostView;
import com.mewayz.api.social.SocialViews.RescheduleRequest;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.workflows.social.SocialPostStatus;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduled posts. Each runs as a SocialPostWorkflow; edit, reschedule and cancel are updates of
 * that workflow and answer once accepted (409 with the reason once publishing began).
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/social/posts")
class SocialPostController {
  private final SocialPostService posts;

  SocialPostController(SocialPostService posts) {
    this.posts = posts;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<PostView> create(WorkspaceAccess access, @Valid @RequestBody CreatePostRequest body) {
    return ApiResponse.ok(posts.create(access, body), "Post scheduled");
  }

  /** Posts by publish time, soonest first; {@code from}/{@code to} bound a calendar view. */
  @GetMapping
  ApiResponse<PageResponse<PostView>> list(
      WorkspaceAccess access,
      @RequestParam(required = false) SocialPostStatus status,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @Valid PageRequestParams page) {
    return ApiResponse.ok(posts.list(access, status, from, to, page));
  }

  @GetMapping("/{postId}")
  ApiResponse<PostView> get(WorkspaceAccess access, @PathVariable String postId) {
    return ApiResponse.ok(posts.get(access, postId));
  }

  @PutMapping("/{postId}")
  ApiResponse<PostView> edit(
      WorkspaceAccess access,
      @PathVariable String postId,
      @Valid @RequestBody EditPostRequest body) {
    return ApiResponse.ok(posts.edit(access, postId, body.text()), "Post edited");
  }

  @PostMapping("/{postId}/reschedule")
  ApiResponse<PostView> reschedule(
      WorkspaceAccess access,
      @PathVariable String postId,
      @Valid @RequestBody RescheduleRequest body) {
    return ApiResponse.ok(posts.reschedule(access, postId, body), "Post rescheduled");
  }

  @PostMapping("/{postId}/cancel")
  ApiResponse<PostView> cancel(WorkspaceAccess access, @PathVariable String postId) {
    return ApiResponse.ok(posts.cancel(access, postId), "Post cancelled");
  }
}
