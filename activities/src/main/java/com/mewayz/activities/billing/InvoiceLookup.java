package com.mewayz.activities.billing;

import com.mewayz.domain.billing.Invoice;
import com.mewayz.domain.billing.InvoiceStore;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.failure.ApplicationFailure;

/** Invoice lookups shared by the invoice and payment activities. */
final class InvoiceLookup {
  private InvoiceLookup() {}

  /** The invoice, or a non-retryable failure: an invoice that is gone will not come back. */
  static Invoice require(InvoiceStore invoices, String invoiceId) {
    return invoices
        .find(invoiceId)
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "The invoice " + invoiceId + " no longer exists",
                    FailureTypes.NOT_FOUND.type()));
  }
}
