package com.mewayz.workflows.campaigns;

/**
 * Messages read from the bounce mailbox: hard bounces (the contact is now bounced), soft bounces
 * (nothing changes), complaints (the contact is now complained), and messages that were no report
 * of a campaign mail (left unread-flagged for a person).
 */
public record BounceTotals(
    long hardBounces, long softBounces, long complaints, long ignored, long polls) {
  public static final BounceTotals NONE = new BounceTotals(0, 0, 0, 0, 0);

  public BounceTotals plus(BounceTotals more) {
    return new BounceTotals(
        hardBounces + more.hardBounces,
        softBounces + more.softBounces,
        complaints + more.complaints,
        ignored + more.ignored,
        polls + more.polls);
  }
}
