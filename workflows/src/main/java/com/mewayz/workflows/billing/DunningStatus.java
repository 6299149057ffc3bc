package com.mewayz.workflows.billing;

/**
 * Where an invoice's dunning stands, as its workflow knows it: answered by the {@code status} query
 * and the pause and resume updates, and mirrored on the invoice record. Times are epoch
 * milliseconds. Fields may be added, never removed or renamed.
 *
 * @param rungsDone how many rungs of the ladder ran (a charge attempt and/or a reminder)
 * @param nextActionAt when the next rung (or the final actions) is due; null while paused or when
 *     nothing is left
 * @param pausedMillis how long the ladder stood paused in total; every rung not yet run is that
 *     much later than its day
 * @param version increases with every change, so an older copy never overwrites a newer one
 */
public record DunningStatus(
    InvoiceStatus status,
    boolean overdue,
    boolean paused,
    int rungsDone,
    int rungs,
    Long nextActionAt,
    boolean finalActionsDone,
    int chargeAttempts,
    long pausedMillis,
    long version) {}
