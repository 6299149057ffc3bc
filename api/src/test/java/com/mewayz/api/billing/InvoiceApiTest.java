package com.mewayz.api.billing;

import static com.mewayz.api.billing.BillingCalls.INVOICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.events.PlatformEvent;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/** Invoices end to end through the API, with the real dunning workflow and workers running. */
@ApiTest
class InvoiceApiTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  ApiClient api;
  Account merchant;
  BillingCalls billing;
  String customer;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    merchant = api.register("merchant");
    billing = new BillingCalls(api, merchant, api.createWorkspace(merchant, "Studio Co"));
    customer = ApiClient.uniqueEmail("customer");
  }

  @Test
  void aDraftGetsServerComputedTotalsAndItsNumberWhenSent() throws Exception {
    String body = BillingCalls.body(customer, ", \"totalMinor\": 1, \"status\": \"PAID\"");

    String id =
        ApiClient.read(
            billing
                .call(HttpMethod.POST, INVOICES, body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.data.status").value("DRAFT"))
                .andExpect(jsonPath("$.data.number").value(nullValue()))
                .andExpect(jsonPath("$.data.lines[0].totalMinor").value(10_000))
                .andExpect(jsonPath("$.data.subtotalMinor").value(11_234))
                // 20% of 112.34 is 22.468, rounded half up to the cent.
                .andExpect(jsonPath("$.data.taxMinor").value(2_247))
                .andExpect(jsonPath("$.data.totalMinor").value(13_481))
                .andExpect(jsonPath("$.data.dunningPolicy.days[3]").value(7)),
            "$.data.id");
    String second = billing.draft(ApiClient.uniqueEmail("other"));

    billing
        .post(second, "send", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("OPEN"))
        .andExpect(jsonPath("$.data.number").value("INV-0001"));
    billing
        .post(id, "send", null)
        .andExpect(jsonPath("$.data.number").value("INV-0002"))
        .andExpect(jsonPath("$.data.dunning.rungs").value(4));

    ReceivedMail mail = api.awaitMail(customer, "Invoice INV-0002 from Studio Co");
    assertThat(mail.text())
        .contains("2 x Design work at 50.00 EUR  100.00 EUR", "Tax (20%): 22.47 EUR")
        .contains("Total: 134.81 EUR")
        // No Stripe and no payment instructions: the mail says whom to write to, no link.
        .contains("write to Studio Co at " + merchant.email())
        .doesNotContain("/pay/invoices/");
    billing
        .call(HttpMethod.GET, INVOICES + "?status=OPEN", null)
        .andExpect(jsonPath("$.data.total").value(2));
    billing
        .call(HttpMethod.GET, INVOICES + "?status=DRAFT", null)
        .andExpect(jsonPath("$.data.total").value(0));
  }

  @Test
  void theInvoiceMailCarriesThePaymentInstructionsWithoutStripe() throws Exception {
    String id =
        ApiClient.read(
            billing.call(
                HttpMethod.POST,
                INVOICES,
                BillingCalls.body(
                    customer, ", \"paymentInstructions\": \"IBAN DE89 3704 0044 0532 0130 00\"")),
            "$.data.id");

    billing.post(id, "send", null).andExpect(status().isOk());

    assertThat(api.awaitMail(customer, "Invoice INV-0001").text())
        .contains("To pay by bank transfer:", "IBAN DE89 3704 0044 0532 0130 00")
        .contains("Please quote INV-0001 as the payment reference.")
        .doesNotContain("write to Studio Co");
  }

  @Test
  void refusesInvalidInvoicesNamingTheField() throws Exception {
    billing
        .call(
            HttpMethod.POST,
            INVOICES,
            """
            {"customerEmail": "nope", "customerName": "", "lines": [],
             "taxRateBasisPoints": 10001, "currency": "eur"}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.customerEmail").exists())
        .andExpect(jsonPath("$.details.customerName").exists())
        .andExpect(jsonPath("$.details.lines").exists())
        .andExpect(jsonPath("$.details.taxRateBasisPoints").exists())
        .andExpect(jsonPath("$.details.currency").exists())
        .andExpect(jsonPath("$.details.dueDate").exists());
    expectInvalid(
        BillingCalls.body(customer, "")
            .replace("\"quantity\": 2", "\"quantity\": 0")
            .replace("\"unitPriceMinor\": 1234", "\"unitPriceMinor\": -1"),
        "lines[0].quantity");
    expectInvalid(
        BillingCalls.body(customer, "")
            .replace("\"unitPriceMinor\": 1234", "\"unitPriceMinor\": -1"),
        "lines[1].unitPriceMinor");
    expectInvalid(
        BillingCalls.body(customer, ", \"issueDate\": \"" + BillingCalls.inDays(20) + "\""),
        "dueDate");
    expectInvalid(
        BillingCalls.body(customer, "").replace(BillingCalls.inDays(14), "2026-13-01"), "dueDate");
    expectInvalid(
        BillingCalls.body(customer, ", \"dunning\": {\"days\": [3, 2], \"finalActionDay\": 9}"),
        "dunning.days[1]");
    expectInvalid(
        BillingCalls.body(customer, ", \"dunning\": {\"days\": [1, 400], \"finalActionDay\": 9}"),
        "dunning.days[1]");
    expectInvalid(
        BillingCalls.body(customer, ", \"dunning\": {\"days\": [1, 5], \"finalActionDay\": 3}"),
        "dunning.finalActionDay");
    expectInvalid(
        BillingCalls.body(
            customer,
            ", \"dunning\": {\"days\": [1], \"finalActionDay\": 3, \"finalActions\": [\"EXPLODE\"]}"),
        "dunning.finalActions[0]");
    expectInvalid(
        BillingCalls.body(customer, ", \"stripeCustomerId\": \"cus_123\""),
        "stripePaymentMethodId");
    billing
        .call(
            HttpMethod.POST,
            INVOICES,
            BillingCalls.body(
                customer,
                ", \"stripeCustomerId\": \"cus_123\", \"stripePaymentMethodId\": \"pm_card_visa\""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.details.stripePaymentMethodId").exists());
    billing.call(HttpMethod.GET, INVOICES, null).andExpect(jsonPath("$.data.total").value(0));
  }

  private void expectInvalid(String body, String field) throws Exception {
    billing
        .call(HttpMethod.POST, INVOICES, body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['" + field + "']").exists());
  }

  @Test
  void anotherWorkspacesInvoiceIsNotFound() throws Exception {
    String id = billing.draft(customer);
    Account stranger = api.register("stranger");
    BillingCalls theirs =
        new BillingCalls(api, stranger, api.createWorkspace(stranger, "Elsewhere"));

    theirs.call(HttpMethod.GET, INVOICES + "/" + id, null).andExpect(status().isNotFound());
    theirs
        .call(HttpMethod.PUT, INVOICES + "/" + id, BillingCalls.body(customer, ""))
        .andExpect(status().isNotFound());
    for (String action : new String[] {"send", "void", "pause", "resume"}) {
      theirs.post(id, action, null).andExpect(status().isNotFound());
    }
    theirs
        .post(id, "payments", "{\"amountMinor\": 13481, \"reference\": \"x\"}")
        .andExpect(status().isNotFound());
    theirs.call(HttpMethod.GET, INVOICES, null).andExpect(jsonPath("$.data.total").value(0));
    billing.call(HttpMethod.GET, INVOICES + "/" + id, null).andExpect(status().isOk());
  }

  @Test
  void aDraftIsEditedUntilItIsSent() throws Exception {
    String id = billing.draft(customer);
    String edited =
        BillingCalls.body(customer, "")
            .replace("\"taxRateBasisPoints\": 2000", "\"taxRateBasisPoints\": 0");

    billing
        .call(HttpMethod.PUT, INVOICES + "/" + id, edited)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.taxMinor").value(0))
        .andExpect(jsonPath("$.data.totalMinor").value(11_234));
    billing.post(id, "send", null).andExpect(status().isOk());

    billing
        .call(HttpMethod.PUT, INVOICES + "/" + id, BillingCalls.body(customer, ""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("only a draft")));
    billing
        .post(id, "send", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("only a draft can be sent")));
  }

  @Test
  void aRetriedSendWithTheSameIdempotencyKeySendsOnce() throws Exception {
    String id = billing.draft(customer);
    Map<String, String> headers =
        Map.of("X-Workspace-Id", billing.workspace(), "Idempotency-Key", "send-" + id);

    api.perform(HttpMethod.POST, INVOICES + "/" + id + "/send", merchant, null, headers)
        .andExpect(status().isOk());
    api.perform(HttpMethod.POST, INVOICES + "/" + id + "/send", merchant, null, headers)
        .andExpect(status().isOk())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.data.number").value("INV-0001"));

    api.awaitMail(customer, "Invoice INV-0001");
    Thread.sleep(300);
    assertThat(api.mailsTo(customer, "Invoice INV-0001")).hasSize(1);
  }

  @Test
  void aManualPaymentEndsTheDunningWithAReceiptAndInvoicePaid() throws Exception {
    String id = billing.sent(customer);
    api.awaitMail(customer, "Invoice INV-0001");
    billing
        .call(HttpMethod.GET, INVOICES + "/" + id, null)
        .andExpect(jsonPath("$.data.dunning.live").value(true))
        .andExpect(jsonPath("$.data.dunning.overdue").value(false))
        .andExpect(jsonPath("$.data.dunning.rungsDone").value(0))
        .andExpect(
            jsonPath("$.data.dunning.nextActionAt").value(BillingCalls.inDays(15) + "T09:00:00Z"));

    billing
        .post(id, "payments", "{\"amountMinor\": 5000, \"reference\": \"part\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.amountMinor").value(containsString("13481")));
    billing
        .post(id, "payments", "{\"amountMinor\": 13481, \"reference\": \"transfer-42\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("PAID"))
        .andExpect(jsonPath("$.data.payments[0].reference").value("transfer-42"))
        .andExpect(jsonPath("$.data.payments[0].method").value("MANUAL"))
        .andExpect(jsonPath("$.data.paidAt").exists());

    assertThat(api.awaitMail(customer, "Payment received for invoice INV-0001").text())
        .contains("134.81 EUR");
    billing.await(id, "$.data.dunning.nextActionAt", "null"::equals);
    assertThat(eventEmitted(id, "invoice.paid")).isTrue();
    assertThat(eventEmitted(id, "invoice.overdue")).isFalse();
    PlatformEvent paid =
        mongo.findById(
            billing.workspace() + ":invoice:" + id + ":invoice.paid", PlatformEvent.class);
    assertThat(paid.key()).isEqualTo(id);
    assertThat(paid.data()).containsEntry("number", "INV-0001").containsEntry("totalMinor", 13481L);
    for (String action : new String[] {"pause", "resume", "void"}) {
      billing
          .post(id, action, null)
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.detail").value(containsString("paid")));
    }
    billing
        .post(id, "payments", "{\"amountMinor\": 13481, \"reference\": \"again\"}")
        .andExpect(status().isConflict());
  }

  @Test
  void pauseAndResumeFollowTheDunningsState() throws Exception {
    String draft = billing.draft(customer);
    billing
        .post(draft, "pause", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("draft")));
    String id = billing.sent(ApiClient.uniqueEmail("payer"));

    billing
        .post(id, "resume", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("The dunning is not paused"));
    billing
        .post(id, "pause", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.dunning.paused").value(true))
        .andExpect(jsonPath("$.data.dunning.nextActionAt").value(nullValue()))
        .andExpect(jsonPath("$.data.dunningState").doesNotExist());
    billing
        .post(id, "pause", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("The dunning is already paused"));
    billing
        .post(id, "resume", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.dunning.paused").value(false))
        .andExpect(jsonPath("$.data.dunning.nextActionAt").exists());
    // The record mirrors it for lists, which do not ask the workflow.
    billing
        .call(HttpMethod.GET, INVOICES + "?status=OPEN", null)
        .andExpect(jsonPath("$.data.items[0].dunning.live").value(false))
        .andExpect(jsonPath("$.data.items[0].dunning.paused").value(false));
  }

  @Test
  void voidingStopsTheDunningAndTellsTheCustomer() throws Exception {
    String draft = billing.draft(customer);
    billing
        .post(draft, "void", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("VOID"));
    String id = billing.sent(customer);
    api.awaitMail(customer, "Invoice INV-0001");

    billing
        .post(id, "void", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("VOID"))
        .andExpect(jsonPath("$.data.voidedAt").exists());

    assertThat(api.awaitMail(customer, "Invoice INV-0001 was voided").text())
        .contains("You owe nothing");
    billing.post(id, "pause", null).andExpect(status().isConflict());
    billing
        .post(id, "payments", "{\"amountMinor\": 13481, \"reference\": \"late\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("void")));
    // Only the sent invoice had a mail; the voided draft never reached anyone.
    assertThat(api.mailsTo(customer, "was voided")).hasSize(1);
  }

  @Test
  void aWorkspaceDefaultLadderIsCopiedOntoNewInvoicesThatNameNone() throws Exception {
    String path = "/api/financial/settings/dunning";
    billing
        .call(HttpMethod.GET, path, null)
        .andExpect(jsonPath("$.data.workspaceDefault").value(false))
        .andExpect(jsonPath("$.data.dunning.days.length()").value(4));
    billing
        .call(HttpMethod.PUT, path, "{\"days\": [2, 1], \"finalActionDay\": 1}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['days[1]']").exists());
    billing
        .call(HttpMethod.PUT, path, "{\"days\": [1, 5], \"finalActionDay\": 3}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.finalActionDay").exists());

    billing
        .call(
            HttpMethod.PUT,
            path,
            "{\"days\": [2, 9], \"finalActionDay\": 30, \"finalActions\": [\"SUSPEND_ACCESS\"]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.workspaceDefault").value(true));
    String id = billing.draft(customer);
    billing
        .call(HttpMethod.DELETE, path, null)
        .andExpect(jsonPath("$.data.workspaceDefault").value(false));

    billing
        .call(HttpMethod.GET, INVOICES + "/" + id, null)
        .andExpect(jsonPath("$.data.dunningPolicy.days[1]").value(9))
        .andExpect(jsonPath("$.data.dunningPolicy.finalActionDay").value(30))
        .andExpect(jsonPath("$.data.dunningPolicy.finalActions[0]").value("SUSPEND_ACCESS"));
    billing
        .call(HttpMethod.GET, INVOICES + "/" + billing.draft(customer), null)
        .andExpect(jsonPath("$.data.dunningPolicy.days[3]").value(7));
  }

  private boolean eventEmitted(String invoiceId, String type) {
    return mongo.findById(
            billing.workspace() + ":invoice:" + invoiceId + ":" + type, PlatformEvent.class)
        != null;
  }
}
