package com.mewayz.domain.billing;

import com.mewayz.workflows.billing.DunningStatus;
import com.mewayz.workflows.billing.InvoiceStatus;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Changes of an invoice record, each one conditional single-document update: safe to repeat, and
 * safe against a concurrent change (a draft edited while it is sent, a payment recorded twice).
 */
@Component
public class InvoiceStore {
  private final MongoTemplate mongo;

  public InvoiceStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Invoice> find(String invoiceId) {
    return Optional.ofNullable(mongo.findById(invoiceId, Invoice.class));
  }

  /**
   * The workspace's next invoice number ({@code INV-0001}, {@code INV-0002}...): one atomic
   * increment of its counter, so two invoices sent at once never share a number.
   */
  public String nextNumber(String workspaceId) {
    Document counter =
        mongo.findAndModify(
            Query.query(Criteria.where("_id").is(workspaceId)),
            new Update().inc("last", 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            "invoice_counters");
    return "INV-%04d".formatted(((Number) counter.get("last")).longValue());
  }

  /** Replaces a DRAFT's content; false when it is no longer a draft. */
  public boolean editDraft(String invoiceId, Invoice.Draft draft, Instant now) {
    Update update =
        new Update()
            .set("customerEmail", draft.customerEmail())
            .set("customerName", draft.customerName())
            .set("lines", draft.lines())
            .set("taxRateBasisPoints", draft.taxRateBasisPoints())
            .set("subtotalMinor", draft.subtotalMinor())
            .set("taxMinor", draft.taxMinor())
            .set("totalMinor", draft.totalMinor())
            .set("currency", draft.currency())
            .set("issueDate", draft.issueDate())
            .set("dueDate", draft.dueDate())
            .set("memo", draft.memo())
            .set("paymentInstructions", draft.paymentInstructions())
            .set("dunning", draft.dunning())
            .set("stripeCustomerId", draft.stripeCustomerId())
            .set("stripePaymentMethodId", draft.stripePaymentMethodId())
            .set("updatedAt", now);
    return mongo
            .updateFirst(inStatus(invoiceId, InvoiceStatus.DRAFT), update, Invoice.class)
            .getMatchedCount()
        == 1;
  }

  /**
   * DRAFT → OPEN with its number; false when it was not a draft any more (sent twice at once). A
   * number once given stays with the invoice, even if it must go back to DRAFT.
   */
  public boolean markSent(String invoiceId, String number, Instant now) {
    return mongo
            .updateFirst(
                inStatus(invoiceId, InvoiceStatus.DRAFT),
                new Update()
                    .set("status", InvoiceStatus.OPEN)
                    .set("number", number)
                    .set("sentAt", now)
                    .set("updatedAt", now),
                Invoice.class)
            .getMatchedCount()
        == 1;
  }

  /** OPEN → DRAFT, for a send whose workflow could not be started. Keeps the number. */
  public void unsend(String invoiceId, Instant now) {
    mongo.updateFirst(
        inStatus(invoiceId, InvoiceStatus.OPEN),
        new Update().set("status", InvoiceStatus.DRAFT).unset("sentAt").set("updatedAt", now),
        Invoice.class);
  }

  /** DRAFT → VOID: a draft has no workflow to ask. False when it is not a draft. */
  public boolean voidDraft(String invoiceId, Instant now) {
    return mongo
            .updateFirst(
                inStatus(invoiceId, InvoiceStatus.DRAFT),
                new Update()
                    .set("status", InvoiceStatus.VOID)
                    .set("voidedAt", now)
                    .set("updatedAt", now),
                Invoice.class)
            .getMatchedCount()
        == 1;
  }

  /** Records when it became overdue, once. */
  public void markOverdue(String invoiceId, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(invoiceId).and("overdueAt").isNull()),
        new Update().set("overdueAt", now).set("updatedAt", now),
        Invoice.class);
  }

  /**
   * Records the payment and PAID once (a repeat finds {@code paidAt} set and changes nothing), and
   * lifts a suspension of access.
   */
  public boolean recordPayment(String invoiceId, Invoice.Payment payment, Instant now) {
    return mongo
            .updateFirst(
                Query.query(Criteria.where("_id").is(invoiceId).and("paidAt").isNull()),
                new Update()
                    .push("payments", payment)
                    .set("paidAt", payment.paidAt())
                    .set("status", InvoiceStatus.PAID)
                    .set("accessSuspended", false)
                    .set("updatedAt", now),
                Invoice.class)
            .getMatchedCount()
        == 1;
  }

  /** VOID or UNCOLLECTIBLE with its time; never over a PAID invoice. */
  public void updateStatus(String invoiceId, InvoiceStatus status, Instant now) {
    Update update = new Update().set("status", status).set("updatedAt", now);
    switch (status) {
      case VOID -> update.set("voidedAt", now);
      case UNCOLLECTIBLE -> update.set("uncollectibleAt", now);
      default -> {}
    }
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(invoiceId).and("status").ne(InvoiceStatus.PAID)),
        update,
        Invoice.class);
  }

  /** Mirrors the dunning's progress unless a newer version is stored already. */
  public void recordDunning(String invoiceId, DunningStatus dunning, Instant now) {
    Criteria olderOrNone =
        new Criteria()
            .orOperator(
                Criteria.where("dunningState").isNull(),
                Criteria.where("dunningState.version").lt(dunning.version()));
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(invoiceId).andOperator(olderOrNone)),
        new Update().set("dunningState", dunning).set("updatedAt", now),
        Invoice.class);
  }

  /** Records a charge attempt under its rung; a retried attempt writes the same entry. */
  public void recordCharge(String invoiceId, Invoice.Charge charge, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(invoiceId)),
        new Update().set("charges." + charge.rung(), charge).set("updatedAt", now),
        Invoice.class);
  }

  /** Flags the customer's access suspended, once; a paid invoice is never suspended. */
  public void suspendAccess(String invoiceId, Instant now) {
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id")
                .is(invoiceId)
                .and("accessSuspended")
                .ne(true)
                .and("status")
                .ne(InvoiceStatus.PAID)),
        new Update()
            .set("accessSuspended", true)
            .set("accessSuspendedAt", now)
            .set("updatedAt", now),
        Invoice.class);
  }

  private static Query inStatus(String invoiceId, InvoiceStatus status) {
    return Query.query(Criteria.where("_id").is(invoiceId).and("status").is(status));
  }
}
