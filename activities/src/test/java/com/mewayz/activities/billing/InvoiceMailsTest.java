package com.mewayz.activities.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.activities.billing.InvoiceMails.Sender;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.domain.billing.Invoice;
import com.mewayz.workflows.billing.DunningPolicy;
import com.mewayz.workflows.billing.FinalAction;
import com.mewayz.workflows.billing.InvoiceMailKind;
import com.mewayz.workflows.billing.ReminderTone;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceMailsTest {
  private static final Sender WITH_STRIPE =
      new Sender("Studio Co", "owner@studio.test", "https://mewayz.test/pay/invoices/i1?token=t");
  private static final Sender WITHOUT_STRIPE = new Sender("Studio Co", "owner@studio.test", null);

  private final InvoiceMails mails = new InvoiceMails();

  @Test
  void remindersEscalateFromFriendlyToFinal() {
    Invoice invoice = invoice(null, null);

    assertThat(List.of(ReminderTone.FRIENDLY, ReminderTone.FIRM, ReminderTone.FINAL))
        .map(tone -> mails.reminder(invoice, 1, tone, WITH_STRIPE).subject())
        .containsExactly(
            "Reminder: invoice INV-0007 is overdue",
            "Invoice INV-0007 is overdue: please pay now",
            "Final notice: invoice INV-0007");
    assertThat(mails.reminder(invoice, 1, ReminderTone.FRIENDLY, WITH_STRIPE).text())
        .contains("friendly reminder", "121.00 EUR", "2026-03-10")
        .contains("Pay online by card: https://mewayz.test/pay/invoices/i1?token=t");
  }

  @Test
  void theFinalNoticeWarnsOfASuspensionOnlyWhenTheLadderEndsInOne() {
    DunningPolicy suspends =
        new DunningPolicy(List.of(1, 7), 14, List.of(FinalAction.SUSPEND_ACCESS));

    assertThat(mails.reminder(invoice(suspends, null), 2, ReminderTone.FINAL, WITH_STRIPE).text())
        .contains("If it is still unpaid in 7 days, your access will be suspended.");
    assertThat(mails.reminder(invoice(null, null), 4, ReminderTone.FINAL, WITH_STRIPE).text())
        .doesNotContain("suspended")
        .doesNotContain("uncollectible");
  }

  @Test
  void withoutStripeTheMailGivesTheInstructionsOrWhomToWriteToAndNoLink() {
    OutgoingMail instructions =
        mails.render(InvoiceMailKind.INVOICE, invoice(null, "IBAN DE89"), WITHOUT_STRIPE);
    OutgoingMail contact =
        mails.render(InvoiceMailKind.INVOICE, invoice(null, null), WITHOUT_STRIPE);

    assertThat(instructions.text())
        .contains("To pay by bank transfer:\nIBAN DE89")
        .doesNotContain("http");
    assertThat(contact.text())
        .contains("write to Studio Co at owner@studio.test")
        .doesNotContain("http");
  }

  @Test
  void theOwnersNoticeSaysWhatTheLadderDid() {
    DunningPolicy all =
        new DunningPolicy(
            List.of(1, 3, 5, 7),
            14,
            List.of(
                FinalAction.NOTIFY_OWNER,
                FinalAction.MARK_UNCOLLECTIBLE,
                FinalAction.SUSPEND_ACCESS));

    OutgoingMail notice =
        mails.render(InvoiceMailKind.OWNER_NOTICE, invoice(all, null), WITH_STRIPE);

    assertThat(notice.to()).isEqualTo("owner@studio.test");
    assertThat(notice.text())
        .contains("still unpaid after 4 reminders")
        .contains("marked uncollectible", "access is suspended");
  }

  private static Invoice invoice(DunningPolicy dunning, String instructions) {
    Invoice.Draft draft =
        new Invoice.Draft(
            "cleo@example.test",
            "Cleo Customer",
            List.of(Invoice.Line.of("Design work", 1, 10_000)),
            2_100,
            "EUR",
            "2026-02-24",
            "2026-03-10",
            null,
            instructions,
            dunning,
            null,
            null);
    return Invoice.drafted("i1", "ws-1", draft, Instant.EPOCH).sent("INV-0007", Instant.EPOCH);
  }
}
