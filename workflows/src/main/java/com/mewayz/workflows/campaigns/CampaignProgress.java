package com.mewayz.workflows.campaigns;

/**
 * Where a campaign stands: {@code status} (SCHEDULED, SENDING, PAUSED, SENT, CANCELLED), the
 * audience counted when sending began, and what became of each recipient so far.
 */
public record CampaignProgress(String status, long audience, long sent, long failed, long skipped) {

  public long remaining() {
    return Math.max(0, audience - sent - failed - skipped);
  }

  CampaignProgress plus(BatchOutcome batch) {
    return new CampaignProgress(
        status, audience, sent + batch.sent(), failed + batch.failed(), skipped + batch.skipped());
  }

  CampaignProgress withStatus(String next) {
    return new CampaignProgress(next, audience, sent, failed, skipped);
  }
}
