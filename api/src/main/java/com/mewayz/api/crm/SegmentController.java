package com.mewayz.api.crm;

import com.mewayz.api.crm.CrmViews.SegmentRequest;
import com.mewayz.api.crm.CrmViews.SegmentView;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.RequiresRole;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.crm.SegmentFilter;
import com.mewayz.domain.workspaces.WorkspaceRole;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved filters over the workspace's contacts. Their contacts are listed by {@code GET
 * /api/crm/contacts?segmentId=}; a filter can be counted before it is saved.
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/crm/segments")
class SegmentController {
  private final SegmentService segments;

  SegmentController(SegmentService segments) {
    this.segments = segments;
  }

  @GetMapping
  ApiResponse<List<SegmentView>> list(WorkspaceAccess access) {
    return ApiResponse.ok(segments.list(access));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<SegmentView> create(WorkspaceAccess access, @Valid @RequestBody SegmentRequest body) {
    return ApiResponse.ok(segments.create(access, body), "Segment created");
  }

  /** How many contacts the filter holds right now. A read, though a POST: the filter is a body. */
  @PostMapping("/count")
  @RequiresRole(WorkspaceRole.VIEWER)
  ApiResponse<Map<String, Long>> count(WorkspaceAccess access, @RequestBody SegmentFilter filter) {
    return ApiResponse.ok(Map.of("contactCount", segments.count(access, filter)));
  }

  @GetMapping("/{segmentId}")
  ApiResponse<SegmentView> get(WorkspaceAccess access, @PathVariable String segmentId) {
    return ApiResponse.ok(segments.get(access, segmentId));
  }

  @PutMapping("/{segmentId}")
  ApiResponse<SegmentView> update(
      WorkspaceAccess access,
      @PathVariable String segmentId,
      @Valid @RequestBody SegmentRequest body) {
    return ApiResponse.ok(segments.update(access, segmentId, body), "Segment saved");
  }

  @DeleteMapping("/{segmentId}")
  ApiResponse<Void> delete(WorkspaceAccess access, @PathVariable String segmentId) {
    segments.delete(access, segmentId);
    return ApiResponse.ok(null, "Segment deleted");
  }
}
