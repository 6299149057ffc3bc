package com.mewayz.workflows.campaigns;

/** How often the bounce mailbox is read, and the totals carried over from the previous run. */
public record BounceWatch(long intervalSeconds, BounceTotals carried) {}
