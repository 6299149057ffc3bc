package com.mewayz.api.billing;

import com.mewayz.api.billing.BillingViews.InvoiceBody;
import com.mewayz.api.billing.BillingViews.InvoiceView;
import com.mewayz.api.billing.BillingViews.PaymentBody;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.workflows.billing.InvoiceStatus;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's invoices. A draft is edited freely; sending it starts its InvoiceDunningWorkflow,
 * and the merchant's actions on a sent invoice (record a payment, void, pause and resume the
 * dunning) are updates of that workflow, refused with a 409 when the invoice cannot take them.
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/financial/invoices")
class InvoiceController {
  private final InvoiceService invoices;

  InvoiceController(InvoiceService invoices) {
    this.invoices = invoices;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<InvoiceView> create(WorkspaceAccess access, @Valid @RequestBody InvoiceBody body) {
    return ApiResponse.ok(invoices.create(access, body), "Invoice drafted");
  }

  @GetMapping
  ApiResponse<PageResponse<InvoiceView>> list(
      WorkspaceAccess access,
      @RequestParam(required = false) InvoiceStatus status,
      @Valid PageRequestParams page) {
    return ApiResponse.ok(invoices.list(access, status, page));
  }

  @GetMapping("/{invoiceId}")
  ApiResponse<InvoiceView> get(WorkspaceAccess access, @PathVariable String invoiceId) {
    return ApiResponse.ok(invoices.get(access, invoiceId));
  }

  @PutMapping("/{invoiceId}")
  ApiResponse<InvoiceView> edit(
      WorkspaceAccess access,
      @PathVariable String invoiceId,
      @Valid @RequestBody InvoiceBody body) {
    return ApiResponse.ok(invoices.edit(access, invoiceId, body), "Draft saved");
  }

  @PostMapping("/{invoiceId}/send")
  ApiResponse<InvoiceView> send(WorkspaceAccess access, @PathVariable String invoiceId) {
    return ApiResponse.ok(invoices.send(access, invoiceId), "Invoice sent");
  }

  @PostMapping("/{invoiceId}/payments")
  ApiResponse<InvoiceView> recordPayment(
      WorkspaceAccess access,
      @PathVariable String invoiceId,
      @Valid @RequestBody PaymentBody body) {
    return ApiResponse.ok(invoices.recordPayment(access, invoiceId, body), "Payment recorded");
  }

  @PostMapping("/{invoiceId}/void")
  ApiResponse<InvoiceView> voidInvoice(WorkspaceAccess access, @PathVariable String invoiceId) {
    return ApiResponse.ok(invoices.voidInvoice(access, invoiceId), "Invoice voided");
  }

  @PostMapping("/{invoiceId}/pause")
  ApiResponse<InvoiceView> pause(WorkspaceAccess access, @PathVariable String invoiceId) {
    return ApiResponse.ok(invoices.pause(access, invoiceId), "Dunning paused");
  }

  @PostMapping("/{invoiceId}/resume")
  ApiResponse<InvoiceView> resume(WorkspaceAccess access, @PathVariable String invoiceId) {
    return ApiResponse.ok(invoices.resume(access, invoiceId), "Dunning resumed");
  }
}
