package com.mewayz.api.billing;

import com.mewayz.api.billing.BillingViews.DunningView;
import com.mewayz.api.billing.BillingViews.InvoiceBody;
import com.mewayz.api.billing.BillingViews.InvoiceView;
import com.mewayz.api.billing.BillingViews.PaymentBody;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.web.UpdateRejections;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.billing.BillingSettings;
import com.mewayz.domain.billing.BillingSettingsRepository;
import com.mewayz.domain.billing.Invoice;
import com.mewayz.domain.billing.InvoiceRepository;
import com.mewayz.domain.billing.InvoiceStore;
import com.mewayz.domain.payments.StripeSettingsStore;
import com.mewayz.workflows.billing.DunningPolicy;
import com.mewayz.workflows.billing.DunningStatus;
import com.mewayz.workflows.billing.InvoiceDunningWorkflow;
import com.mewayz.workflows.billing.InvoicePayment;
import com.mewayz.workflows.billing.InvoicePaymentMethod;
import com.mewayz.workflows.billing.InvoiceRequest;
import com.mewayz.workflows.billing.InvoiceStatus;
import com.mewayz.workflows.billing.Invoices;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Invoices: the record lives in MongoDB, the collection (mail, due date, dunning ladder, payment)
 * in one InvoiceDunningWorkflow per sent invoice. Totals are computed here from the lines and the
 * tax rate; a client never sends them.
 */
@Service
class InvoiceService {
  private static final Logger log = LoggerFactory.getLogger(InvoiceService.class);

  /** How far ahead a due date may be. */
  private static final int MAX_TERM_DAYS = 5 * 366;

  private final InvoiceRepository invoices;
  private final InvoiceStore store;
  private final StripeSettingsStore stripeSettings;
  private final BillingSettingsRepository settings;
  private final WorkflowClient temporal;
  private final Clock clock;

  InvoiceService(
      InvoiceRepository invoices,
      InvoiceStore store,
      StripeSettingsStore stripeSettings,
      BillingSettingsRepository settings,
      WorkflowClient temporal,
      Clock clock) {
    this.invoices = invoices;
    this.store = store;
    this.stripeSettings = stripeSettings;
    this.settings = settings;
    this.temporal = temporal;
    this.clock = clock;
  }

  InvoiceView create(WorkspaceAccess access, InvoiceBody body) {
    Invoice.Draft draft = draft(access, body);
    Invoice invoice =
        invoices.insert(
            Invoice.drafted(
                new ObjectId().toHexString(), access.workspaceId(), draft, clock.instant()));
    return InvoiceView.recorded(invoice);
  }

  PageResponse<InvoiceView> list(
      WorkspaceAccess access, InvoiceStatus status, PageRequestParams params) {
    PageRequest page =
        PageRequest.of(params.page(), params.size(), Sort.by(Sort.Direction.DESC, "createdAt"));
    Page<Invoice> found =
        status == null
            ? invoices.findByWorkspaceId(access.workspaceId(), page)
            : invoices.findByWorkspaceIdAndStatus(access.workspaceId(), status, page);
    return new PageResponse<>(
        found.getContent().stream().map(InvoiceView::recorded).toList(),
        params.page(),
        params.size(),
        found.getTotalElements());
  }

  InvoiceView get(WorkspaceAccess access, String invoiceId) {
    return view(load(access, invoiceId));
  }

  InvoiceView edit(WorkspaceAccess access, String invoiceId, InvoiceBody body) {
    Invoice current = load(access, invoiceId);
    requireDraft(current, "edited");
    if (!store.editDraft(invoiceId, draft(access, body), clock.instant())) {
      requireDraft(load(access, invoiceId), "edited");
    }
    return get(access, invoiceId);
  }

  /**
   * DRAFT → OPEN with the workspace's next number, then the workflow starts: it mails the invoice
   * and collects it. If the workflow cannot start, the invoice goes back to DRAFT (keeping its
   * number) so sending again works.
   */
  InvoiceView send(WorkspaceAccess access, String invoiceId) {
    Invoice invoice = load(access, invoiceId);
    requireDraft(invoice, "sent");
    if (LocalDate.parse(invoice.dueDate()).isBefore(today())) {
      throw ApiException.invalid("dueDate", "is in the past: edit the draft before sending it");
    }
    requireStripeForSavedMethod(access, invoice.hasSavedPaymentMethod());
    String number =
        invoice.number() != null ? invoice.number() : store.nextNumber(access.workspaceId());
    if (!store.markSent(invoiceId, number, clock.instant())) {
      requireDraft(load(access, invoiceId), "sent");
    }
    start(invoice);
    return get(access, invoiceId);
  }

  InvoiceView recordPayment(WorkspaceAccess access, String invoiceId, PaymentBody body) {
    Invoice invoice = loadSent(access, invoiceId);
    if (body.amountMinor() != invoice.totalMinor()) {
      throw ApiException.invalid(
          "amountMinor",
          "must be the invoice's total ("
              + invoice.totalMinor()
              + "): only whole payments are recorded");
    }
    InvoicePayment payment =
        new InvoicePayment(
            body.amountMinor(), body.reference().strip(), InvoicePaymentMethod.MANUAL);
    return act(invoice, workflow -> workflow.recordPayment(payment));
  }

  /** A draft is voided on its record; a sent invoice through its workflow, which stops dunning. */
  InvoiceView voidInvoice(WorkspaceAccess access, String invoiceId) {
    Invoice invoice = load(access, invoiceId);
    if (invoice.status() == InvoiceStatus.DRAFT && store.voidDraft(invoiceId, clock.instant())) {
      return get(access, invoiceId);
    }
    return act(loadSent(access, invoiceId), InvoiceDunningWorkflow::voidInvoice);
  }

  InvoiceView pause(WorkspaceAccess access, String invoiceId) {
    return act(loadSent(access, invoiceId), InvoiceDunningWorkflow::pause);
  }

  InvoiceView resume(WorkspaceAccess access, String invoiceId) {
    return act(loadSent(access, invoiceId), InvoiceDunningWorkflow::resume);
  }

  private InvoiceView act(Invoice invoice, Consumer<InvoiceDunningWorkflow> update) {
    try {
      update.accept(workflow(invoice.id()));
    } catch (WorkflowUpdateException e) {
      throw UpdateRejections.conflict(e, "The invoice refused the request");
    } catch (WorkflowNotFoundException e) {
      throw ApiException.conflict(
          "The invoice is "
              + invoice.status().name().toLowerCase()
              + " and its collection has ended: it can no longer change");
    }
    return view(invoices.findById(invoice.id()).orElseThrow());
  }

  private InvoiceView view(Invoice invoice) {
    return InvoiceView.of(invoice, dunning(invoice));
  }

  /** The workflow's live answer while it may run; else the progress it last recorded. */
  private DunningView dunning(Invoice invoice) {
    if (invoice.status().isCollectible()) {
      try {
        DunningStatus live = workflow(invoice.id()).status();
        return DunningView.of(live, true);
      } catch (RuntimeException e) {
        log.debug("Invoice {} could not be asked for its dunning", invoice.id(), e);
      }
    }
    return DunningView.of(invoice.dunningState(), false);
  }

  private Invoice.Draft draft(WorkspaceAccess access, InvoiceBody body) {
    LocalDate issueDate = body.issueDate() != null ? body.issueDate() : today();
    if (body.dueDate().isBefore(issueDate)) {
      throw ApiException.invalid("dueDate", "must not be before issueDate (" + issueDate + ")");
    }
    if (body.dueDate().isAfter(issueDate.plusDays(MAX_TERM_DAYS))) {
      throw ApiException.invalid("dueDate", "must be within 5 years of issueDate");
    }
    DunningPolicy dunning =
        body.dunning() != null
            ? checked(body.dunning().policy(), "dunning")
            : settings.findById(access.workspaceId()).map(BillingSettings::dunning).orElse(null);
    if ((body.stripeCustomerId() == null) != (body.stripePaymentMethodId() == null)) {
      String missing =
          body.stripeCustomerId() == null ? "stripeCustomerId" : "stripePaymentMethodId";
      throw ApiException.invalid(
          missing, "is required with the other: a saved payment method needs both ids");
    }
    boolean savedMethod = body.stripeCustomerId() != null;
    requireStripeForSavedMethod(access, savedMethod);
    return new Invoice.Draft(
        body.customerEmail().strip().toLowerCase(),
        body.customerName().strip(),
        body.lines().stream()
            .map(l -> Invoice.Line.of(l.description().strip(), l.quantity(), l.unitPriceMinor()))
            .toList(),
        body.taxRateBasisPoints() == null ? 0 : body.taxRateBasisPoints(),
        body.currency(),
        issueDate.toString(),
        body.dueDate().toString(),
        body.memo(),
        body.paymentInstructions(),
        dunning,
        body.stripeCustomerId(),
        body.stripePaymentMethodId());
  }

  /** The ladder when valid; else a 400 naming each faulty field under {@code prefix}. */
  static DunningPolicy checked(DunningPolicy dunning, String prefix) {
    Map<String, String> problems = dunning.problems(prefix);
    if (!problems.isEmpty()) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "ValidationError",
          "The dunning ladder is not valid: " + problems,
          problems);
    }
    return dunning;
  }

  private void requireStripeForSavedMethod(WorkspaceAccess access, boolean savedMethod) {
    if (savedMethod && !stripeSettings.acceptsPayments(access.workspaceId())) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "PaymentMethodUnavailable",
          "Stripe is not configured for this workspace: a saved payment method cannot be charged",
          Map.of("stripePaymentMethodId", "Stripe is not configured for this workspace"));
    }
  }

  private void start(Invoice invoice) {
    InvoiceDunningWorkflow workflow =
        temporal.newWorkflowStub(
            InvoiceDunningWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(Invoices.workflowId(invoice.id()))
                .setTaskQueue(Invoices.TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, invoice.workspaceId())
                        .build())
                .build());
    try {
      WorkflowClient.start(
          workflow::run,
          new InvoiceRequest(
              invoice.id(),
              invoice.workspaceId(),
              invoice.dueDate(),
              invoice.totalMinor(),
              invoice.dunning(),
              invoice.hasSavedPaymentMethod()));
    } catch (RuntimeException e) {
      // Without its workflow the invoice would never be mailed nor collected: back to DRAFT.
      store.unsend(invoice.id(), clock.instant());
      log.error("Could not start the invoice workflow", e);
      throw ApiException.unavailable("Invoices cannot be sent right now; try again shortly");
    }
  }

  private InvoiceDunningWorkflow workflow(String invoiceId) {
    return temporal.newWorkflowStub(InvoiceDunningWorkflow.class, Invoices.workflowId(invoiceId));
  }

  private Invoice load(WorkspaceAccess access, String invoiceId) {
    return invoices
        .findByIdAndWorkspaceId(invoiceId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Invoice"));
  }

  /** A sent invoice that may still change; a draft or a settled one is a 409 saying why. */
  private Invoice loadSent(WorkspaceAccess access, String invoiceId) {
    Invoice invoice = load(access, invoiceId);
    if (invoice.status() == InvoiceStatus.DRAFT) {
      throw ApiException.conflict("The invoice is a draft: send it first");
    }
    if (invoice.status().isFinal()) {
      throw ApiException.conflict(
          "The invoice is " + invoice.status().name().toLowerCase() + " and can no longer change");
    }
    return invoice;
  }

  private static void requireDraft(Invoice invoice, String action) {
    if (invoice.status() != InvoiceStatus.DRAFT) {
      throw ApiException.conflict(
          "The invoice is "
              + invoice.status().name().toLowerCase()
              + ": only a draft can be "
              + action);
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
