package com.mewayz.workflows.billing;

import io.temporal.activity.ActivityInterface;

/**
 * Side effects of an invoice on the platform: its record, mails and events. Every method is
 * idempotent under the key its Javadoc names, so Temporal may retry any of them. Activity types are
 * prefixed {@code Invoice} so they read apart from the order's in Temporal UI.
 */
@ActivityInterface(namePrefix = "Invoice")
public interface InvoiceActivities {

  /**
   * Sends the invoice's mail of {@code kind} at most once, under the mail key {@code
   * invoice:{invoiceId}:{kind}}. A mail server that is down is retryable.
   */
  void sendMail(String invoiceId, InvoiceMailKind kind);

  /**
   * Sends the reminder of rung {@code rung} (from 1) in {@code tone}, at most once, under the mail
   * key {@code invoice:{invoiceId}:reminder:{rung}}. A mail server that is down is retryable.
   */
  void sendReminder(String invoiceId, int rung, ReminderTone tone);

  /** Records when the invoice became overdue, once: a repeat keeps the first time. */
  void markOverdue(String invoiceId);

  /**
   * Records the payment and sets the invoice PAID, once (conditional on no payment recorded yet);
   * lifts a suspension of access the dunning made. Repeating it changes nothing.
   */
  void recordPayment(String invoiceId, InvoicePayment payment);

  /** Sets the invoice's status (VOID, UNCOLLECTIBLE). Repeating it changes nothing. */
  void updateStatus(String invoiceId, InvoiceStatus status);

  /**
   * Mirrors the dunning's progress on the invoice record, only if {@code dunning.version()} is
   * newer than the one stored: a late or repeated write never goes back in time.
   */
  void recordDunning(String invoiceId, DunningStatus dunning);

  /**
   * Suspends the customer's access: flags the invoice and tags the customer's CRM contact {@code
   * access-suspended} when there is one. Repeating it changes nothing.
   */
  void suspendAccess(String invoiceId);

  /**
   * Emits {@code type} ({@code invoice.overdue}, {@code invoice.paid}) for automations, under the
   * event id {@code {workspaceId}:invoice:{invoiceId}:{type}}: a retried emit starts no automation
   * twice.
   */
  void emit(String invoiceId, String type);
}
