package com.mewayz.api.campaigns;

import com.mewayz.domain.campaigns.Campaign;
import com.mewayz.domain.campaigns.CampaignEngagement;
import com.mewayz.workflows.campaigns.CampaignProgress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Requests and answers of the campaign endpoints. */
final class CampaignViews {
  private CampaignViews() {}

  record CampaignRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 250) String subject,
      @Size(max = 500_000) String html,
      @Size(max = 200_000) String text,
      @NotBlank @Size(max = 100) String fromName,
      @NotBlank @Email @Size(max = 254) String fromEmail,
      @Email @Size(max = 254) String replyTo,
      String segmentId) {}

  record SendRequest(@Future Instant sendAt) {}

  record TestSendRequest(@NotBlank @Email @Size(max = 254) String to) {}

  /** The campaign, and its live progress while its workflow runs (else the final counts). */
  record CampaignView(
      String id,
      String name,
      String subject,
      String html,
      String text,
      String fromName,
      String fromEmail,
      String replyTo,
      String segmentId,
      String status,
      Instant scheduledAt,
      Instant startedAt,
      Instant finishedAt,
      Progress progress,
      Instant createdAt,
      Instant updatedAt) {
    static CampaignView of(Campaign c, Progress progress) {
      return new CampaignView(
          c.id(),
          c.name(),
          c.subject(),
          c.html(),
          c.text(),
          c.fromName(),
          c.fromEmail(),
          c.replyTo(),
          c.segmentId(),
          progress == null ? c.status() : progress.status(),
          c.scheduledAt(),
          c.startedAt(),
          c.finishedAt(),
          progress,
          c.createdAt(),
          c.updatedAt());
    }
  }

  record Progress(
      String status,
      long audience,
      long sent,
      long failed,
      long skipped,
      long remaining,
      long opened,
      long clicked,
      long bounced,
      long complained) {
    static Progress of(CampaignProgress p, CampaignEngagement engagement) {
      return new Progress(
          p.status(),
          p.audience(),
          p.sent(),
          p.failed(),
          p.skipped(),
          p.remaining(),
          engagement.opens(),
          engagement.clickers(),
          engagement.bounces(),
          engagement.complaints());
    }
  }

  record Preview(String subject, String html, String text) {}
}
