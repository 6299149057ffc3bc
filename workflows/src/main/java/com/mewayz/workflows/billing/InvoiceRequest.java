package com.mewayz.workflows.billing;

/**
 * Input of {@link InvoiceDunningWorkflow}: ids and what the process needs to decide its path; the
 * lines, customer and texts stay in MongoDB and are read by the activities. Fields may be added,
 * never removed or renamed: recorded histories carry them.
 *
 * @param dueDate the last day to pay, ISO ({@code 2026-03-10}); the invoice is overdue from the
 *     start of the next day, UTC
 * @param totalMinor what a payment must amount to (whole payments only)
 * @param autoCharge the invoice has a saved Stripe payment method to charge on every rung
 */
public record InvoiceRequest(
    String invoiceId,
    String workspaceId,
    String dueDate,
    long totalMinor,
    DunningPolicy dunning,
    boolean autoCharge) {}
