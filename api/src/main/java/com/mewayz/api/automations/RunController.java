package com.mewayz.api.automations;

import com.mewayz.api.automations.AutomationViews.RunView;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.ContentTags;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Runs of the workspace's automations. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/runs")
class RunController {
  private final RunService runs;
  private final ContentTags tags;

  RunController(RunService runs, ContentTags tags) {
    this.runs = runs;
    this.tags = tags;
  }

  /**
   * Answers 304 Not Modified when the client's {@code If-None-Match} still describes the page, so a
   * polling runs list costs one indexed query and no body while nothing changes.
   */
  @GetMapping
  ApiResponse<PageResponse<RunView>> list(
      WorkspaceAccess access,
      RunListParams filter,
      @Valid PageRequestParams page,
      WebRequest request) {
    PageResponse<RunView> found = runs.list(access, filter.toFilter(filter.automationId()), page);
    return request.checkNotModified(RunService.listTag(found)) ? null : ApiResponse.ok(found);
  }

  /** The run with its live state; 304 Not Modified while it is what the client has. */
  @GetMapping("/{runId}")
  ApiResponse<RunView> get(WorkspaceAccess access, @PathVariable String runId, WebRequest request) {
    return tags.okUnlessNotModified(request, runs.get(access, runId));
  }

  @PostMapping("/{runId}/cancel")
  ApiResponse<RunView> cancel(WorkspaceAccess access, @PathVariable String runId) {
    return ApiResponse.ok(runs.cancel(access, runId), "Cancelling the run");
  }

  @PostMapping("/{runId}/approve")
  ApiResponse<Map<String, String>> approve(
      WorkspaceAccess access,
      @PathVariable String runId,
      @Valid @RequestBody AutomationViews.DecisionRequest body) {
    return ApiResponse.ok(
        Map.of("port", runs.decide(access, runId, body.nodeId(), true, body.comment())),
        "Approved");
  }

  @PostMapping("/{runId}/reject")
  ApiResponse<Map<String, String>> reject(
      WorkspaceAccess access,
      @PathVariable String runId,
      @Valid @RequestBody AutomationViews.DecisionRequest body) {
    return ApiResponse.ok(
        Map.of("port", runs.decide(access, runId, body.nodeId(), false, body.comment())),
        "Rejected");
  }

  @PostMapping("/{runId}/events")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ApiResponse<Map<String, String>> event(
      WorkspaceAccess access,
      @PathVariable String runId,
      @Valid @RequestBody AutomationViews.EventRequest body) {
    return ApiResponse.ok(Map.of("eventId", runs.sendEvent(access, runId, body)), "Event sent");
  }

  @PostMapping("/{runId}/retry")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ApiResponse<AutomationViews.StartedView> retry(
      WorkspaceAccess access, @PathVariable String runId) {
    return ApiResponse.ok(runs.retry(access, runId), "Retrying from the failed step");
  }
}
