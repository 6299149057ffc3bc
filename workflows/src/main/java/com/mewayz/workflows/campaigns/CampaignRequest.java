package com.mewayz.workflows.campaigns;

/**
 * How to send a campaign: when ({@code sendAtEpochMillis}, 0 for now), how fast ({@code
 * ratePerSecond}, 0 for as fast as the SMTP server takes), and in batches of how many. {@code
 * carried} is what a previous run handed over when the workflow continued as new (null at first).
 */
public record CampaignRequest(
    String campaignId,
    String workspaceId,
    long sendAtEpochMillis,
    int ratePerSecond,
    int batchSize,
    CampaignProgress carried,
    String cursor,
    boolean paused) {

  CampaignRequest continuing(CampaignProgress progress, String nextCursor, boolean stillPaused) {
    return new CampaignRequest(
        campaignId, workspaceId, 0, ratePerSecond, batchSize, progress, nextCursor, stillPaused);
  }
}
