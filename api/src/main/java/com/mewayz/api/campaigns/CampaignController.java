package com.mewayz.api.campaigns;

import com.mewayz.api.campaigns.CampaignViews.CampaignRequest;
import com.mewayz.api.campaigns.CampaignViews.CampaignView;
import com.mewayz.api.campaigns.CampaignViews.Preview;
import com.mewayz.api.campaigns.CampaignViews.SendRequest;
import com.mewayz.api.campaigns.CampaignViews.TestSendRequest;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.ContentTags;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.workflows.campaigns.EmailCampaignWorkflow;
import jakarta.validation.Valid;
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
import org.springframework.web.context.request.WebRequest;

/** Email campaigns: drafts, preview and test sends, sending now or later, pause, resume, cancel. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/email-marketing/campaigns")
class CampaignController {
  private final CampaignService campaigns;
  private final ContentTags tags;

  CampaignController(CampaignService campaigns, ContentTags tags) {
    this.campaigns = campaigns;
    this.tags = tags;
  }

  @GetMapping
  ApiResponse<List<CampaignView>> list(WorkspaceAccess access, WebRequest request) {
    return tags.okUnlessNotModified(request, campaigns.list(access));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<CampaignView> create(
      WorkspaceAccess access, @Valid @RequestBody CampaignRequest body) {
    return ApiResponse.ok(campaigns.create(access, body), "Campaign created");
  }

  /** The campaign with its live progress; 304 Not Modified while it is what the client has. */
  @GetMapping("/{campaignId}")
  ApiResponse<CampaignView> get(
      WorkspaceAccess access, @PathVariable String campaignId, WebRequest request) {
    return tags.okUnlessNotModified(request, campaigns.get(access, campaignId));
  }

  @PutMapping("/{campaignId}")
  ApiResponse<CampaignView> update(
      WorkspaceAccess access,
      @PathVariable String campaignId,
      @Valid @RequestBody CampaignRequest body) {
    return ApiResponse.ok(campaigns.update(access, campaignId, body), "Campaign saved");
  }

  @DeleteMapping("/{campaignId}")
  ApiResponse<Void> delete(WorkspaceAccess access, @PathVariable String campaignId) {
    campaigns.delete(access, campaignId);
    return ApiResponse.ok(null, "Campaign deleted");
  }

  @GetMapping("/{campaignId}/preview")
  ApiResponse<Preview> preview(
      WorkspaceAccess access,
      @PathVariable String campaignId,
      @RequestParam(required = false) String contactId) {
    return ApiResponse.ok(campaigns.preview(access, campaignId, contactId));
  }

  @PostMapping("/{campaignId}/test")
  ApiResponse<Void> test(
      WorkspaceAccess access,
      @PathVariable String campaignId,
      @Valid @RequestBody TestSendRequest body) {
    campaigns.testSend(access, campaignId, body.to());
    return ApiResponse.ok(null, "Test mail sent to " + body.to());
  }

  /** {@code {}} sends now, {@code {"sendAt": "..."}} at that time. */
  @PostMapping("/{campaignId}/send")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ApiResponse<CampaignView> send(
      WorkspaceAccess access,
      @PathVariable String campaignId,
      @Valid @RequestBody(required = false) SendRequest body) {
    return ApiResponse.ok(
        campaigns.send(access, campaignId, body == null ? null : body.sendAt()),
        "Campaign started");
  }

  @PostMapping("/{campaignId}/pause")
  ApiResponse<CampaignView> pause(WorkspaceAccess access, @PathVariable String campaignId) {
    return ApiResponse.ok(
        campaigns.act(access, campaignId, EmailCampaignWorkflow::pause), "Pausing the campaign");
  }

  @PostMapping("/{campaignId}/resume")
  ApiResponse<CampaignView> resume(WorkspaceAccess access, @PathVariable String campaignId) {
    return ApiResponse.ok(
        campaigns.act(access, campaignId, EmailCampaignWorkflow::resume), "Resuming the campaign");
  }

  @PostMapping("/{campaignId}/cancel")
  ApiResponse<CampaignView> cancel(WorkspaceAccess access, @PathVariable String campaignId) {
    return ApiResponse.ok(
        campaigns.act(access, campaignId, EmailCampaignWorkflow::cancel),
        "Cancelling the campaign");
  }
}
