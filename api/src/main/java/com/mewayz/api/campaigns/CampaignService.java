package com.mewayz.api.campaigns;

import com.mewayz.activities.campaigns.CampaignLinks;
import com.mewayz.activities.campaigns.MergeTags;
import com.mewayz.activities.mail.Mailer;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.api.campaigns.CampaignViews.CampaignRequest;
import com.mewayz.api.campaigns.CampaignViews.CampaignView;
import com.mewayz.api.campaigns.CampaignViews.Preview;
import com.mewayz.api.campaigns.CampaignViews.Progress;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.UpdateRejections;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.campaigns.Campaign;
import com.mewayz.domain.campaigns.CampaignDeliveries;
import com.mewayz.domain.campaigns.CampaignRepository;
import com.mewayz.domain.crm.Consent;
import com.mewayz.domain.crm.Contact;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.domain.crm.SegmentRepository;
import com.mewayz.workflows.campaigns.CampaignProgress;
import com.mewayz.workflows.campaigns.EmailCampaignWorkflow;
import com.mewayz.workflows.campaigns.EmailCampaigns;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class CampaignService {
  private static final Logger log = LoggerFactory.getLogger(CampaignService.class);

  private final CampaignRepository campaigns;
  private final SegmentRepository segments;
  private final CampaignDeliveries deliveries;
  private final ContactStore contacts;
  private final CampaignLinks links;
  private final Mailer mailer;
  private final WorkflowClient temporal;
  private final Clock clock;
  private final int ratePerSecond;

  CampaignService(
      CampaignRepository campaigns,
      SegmentRepository segments,
      CampaignDeliveries deliveries,
      ContactStore contacts,
      CampaignLinks links,
      Mailer mailer,
      WorkflowClient temporal,
      Clock clock,
      @Value("${mewayz.campaigns.rate-per-second:20}") int ratePerSecond) {
    this.campaigns = campaigns;
    this.segments = segments;
    this.deliveries = deliveries;
    this.contacts = contacts;
    this.links = links;
    this.mailer = mailer;
    this.temporal = temporal;
    this.clock = clock;
    this.ratePerSecond = ratePerSecond;
  }

  List<CampaignView> list(WorkspaceAccess access) {
    return campaigns.findByWorkspaceIdOrderByCreatedAtDesc(access.workspaceId()).stream()
        .map(this::view)
        .toList();
  }

  CampaignView get(WorkspaceAccess access, String campaignId) {
    return view(load(access, campaignId));
  }

  CampaignView create(WorkspaceAccess access, CampaignRequest body) {
    check(access, body);
    Instant now = clock.instant();
    return view(
        campaigns.insert(
            campaign(new ObjectId().toHexString(), access.workspaceId(), body, now, now)));
  }

  CampaignView update(WorkspaceAccess access, String campaignId, CampaignRequest body) {
    Campaign current = draft(access, campaignId);
    check(access, body);
    return view(
        campaigns.save(
            campaign(
                current.id(), current.workspaceId(), body, current.createdAt(), clock.instant())));
  }

  void delete(WorkspaceAccess access, String campaignId) {
    campaigns.delete(draft(access, campaignId));
  }

  /** Starts the campaign's workflow: now, or at {@code sendAt}. Only a draft can be sent. */
  CampaignView send(WorkspaceAccess access, String campaignId, Instant sendAt) {
    Campaign campaign = draft(access, campaignId);
    if ((campaign.html() == null || campaign.html().isBlank())
        && (campaign.text() == null || campaign.text().isBlank())) {
      throw ApiException.invalid("html", "the campaign has no body to send");
    }
    Instant now = clock.instant();
    String status = sendAt == null ? Campaign.SENDING : Campaign.SCHEDULED;
    campaigns.save(
        new Campaign(
            campaign.id(),
            campaign.workspaceId(),
            campaign.name(),
            campaign.subject(),
            campaign.html(),
            campaign.text(),
            campaign.fromName(),
            campaign.fromEmail(),
            campaign.replyTo(),
            campaign.segmentId(),
            status,
            sendAt,
            null,
            null,
            null,
            campaign.createdAt(),
            now));
    int batch = ratePerSecond > 0 ? Math.max(10, Math.min(1000, ratePerSecond * 10)) : 1000;
    EmailCampaignWorkflow workflow =
        temporal.newWorkflowStub(
            EmailCampaignWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(EmailCampaigns.workflowId(campaign.id()))
                .setTaskQueue(EmailCampaigns.TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, campaign.workspaceId())
                        .build())
                .build());
    WorkflowClient.start(
        workflow::send,
        new com.mewayz.workflows.campaigns.CampaignRequest(
            campaign.id(),
            campaign.workspaceId(),
            sendAt == null ? 0 : sendAt.toEpochMilli(),
            ratePerSecond,
            batch,
            null,
            null,
            false));
    return get(access, campaignId);
  }

  CampaignView act(
      WorkspaceAccess access,
      String campaignId,
      Function<EmailCampaignWorkflow, CampaignProgress> action) {
    Campaign campaign = load(access, campaignId);
    if (Campaign.DRAFT.equals(campaign.status())) {
      throw ApiException.conflict("The campaign is a draft: send it first");
    }
    try {
      action.apply(
          temporal.newWorkflowStub(
              EmailCampaignWorkflow.class, EmailCampaigns.workflowId(campaignId)));
    } catch (WorkflowUpdateException e) {
      throw UpdateRejections.conflict(e, "The campaign refused the request");
    } catch (WorkflowNotFoundException e) {
      throw ApiException.conflict(
          "The campaign has ended: it is " + campaign.status().toLowerCase());
    }
    return get(access, campaignId);
  }

  /** One mail to {@code to}, rendered for a sample contact, subject marked as a test. */
  void testSend(WorkspaceAccess access, String campaignId, String to) {
    Campaign campaign = load(access, campaignId);
    Preview preview = render(campaign, sample(access, to));
    mailer.send(
        "campaign-test:" + campaignId + ":" + UUID.randomUUID(),
        new OutgoingMail(to, "[Test] " + preview.subject(), preview.text(), preview.html()));
  }

  /** The campaign as one contact (or a sample contact) would read it. */
  Preview preview(WorkspaceAccess access, String campaignId, String contactId) {
    Campaign campaign = load(access, campaignId);
    Contact contact =
        contactId == null
            ? sample(access, "reader@example.com")
            : contacts
                .findById(access.workspaceId(), contactId)
                .orElseThrow(() -> ApiException.notFound("Contact"));
    return render(campaign, contact);
  }

  private Preview render(Campaign campaign, Contact contact) {
    String unsubscribe = links.unsubscribeUrl("preview");
    return new Preview(
        MergeTags.render(campaign.subject(), contact, unsubscribe, false),
        MergeTags.render(campaign.html(), contact, unsubscribe, true),
        MergeTags.render(campaign.text(), contact, unsubscribe, false));
  }

  private static Contact sample(WorkspaceAccess access, String email) {
    return new Contact(
        "preview",
        access.workspaceId(),
        email,
        "Ana",
        "Silva",
        null,
        List.of(),
        Map.of(),
        Consent.SUBSCRIBED,
        null,
        null,
        List.of());
  }

  private CampaignView view(Campaign campaign) {
    CampaignProgress live = null;
    if (List.of(Campaign.SCHEDULED, Campaign.SENDING, Campaign.PAUSED)
        .contains(campaign.status())) {
      try {
        live =
            temporal
                .newWorkflowStub(
                    EmailCampaignWorkflow.class, EmailCampaigns.workflowId(campaign.id()))
                .progress();
      } catch (RuntimeException e) {
        log.debug("Campaign {} did not answer its progress", campaign.id(), e);
      }
    }
    if (live == null && campaign.counts() != null) {
      Campaign.CampaignCounts c = campaign.counts();
      live =
          new CampaignProgress(campaign.status(), c.audience(), c.sent(), c.failed(), c.skipped());
    }
    if (live == null) {
      return CampaignView.of(campaign, null);
    }
    return CampaignView.of(campaign, Progress.of(live, deliveries.engagement(campaign.id())));
  }

  private void check(WorkspaceAccess access, CampaignRequest body) {
    for (Map.Entry<String, String> part :
        Map.of(
                "subject",
                body.subject(),
                "html",
                nullToEmpty(body.html()),
                "text",
                nullToEmpty(body.text()))
            .entrySet()) {
      List<String> unknown = MergeTags.unknown(part.getValue());
      if (!unknown.isEmpty()) {
        throw ApiException.invalid(
            part.getKey(),
            "unknown merge tag {{"
                + unknown.get(0)
                + "}}: use first_name, last_name, email, field.<name> or unsubscribe_url");
      }
    }
    if (body.segmentId() != null
        && segments.findByIdAndWorkspaceId(body.segmentId(), access.workspaceId()).isEmpty()) {
      throw ApiException.invalid("segmentId", "names no segment of this workspace");
    }
  }

  private static Campaign campaign(
      String id, String workspaceId, CampaignRequest body, Instant createdAt, Instant now) {
    return new Campaign(
        id,
        workspaceId,
        body.name().strip(),
        body.subject(),
        body.html(),
        body.text(),
        body.fromName().strip(),
        body.fromEmail(),
        body.replyTo(),
        body.segmentId(),
        Campaign.DRAFT,
        null,
        null,
        null,
        null,
        createdAt,
        now);
  }

  private Campaign draft(WorkspaceAccess access, String campaignId) {
    Campaign campaign = load(access, campaignId);
    if (!Campaign.DRAFT.equals(campaign.status())) {
      throw ApiException.conflict(
          "The campaign is " + campaign.status().toLowerCase() + ": only a draft can change");
    }
    return campaign;
  }

  private Campaign load(WorkspaceAccess access, String campaignId) {
    return campaigns
        .findByIdAndWorkspaceId(campaignId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Campaign"));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
