package com.mewayz.api.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.billing.Invoice;
import com.mewayz.domain.billing.InvoiceLinks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An invoice paid through Stripe: the mail's pay link, the page it opens, and Stripe's signed
 * {@code payment_intent.succeeded} (built here: stripe-mock sends no webhooks) for a PaymentIntent
 * whose metadata names the invoice. The webhook needs no Stripe server; the Checkout redirect needs
 * stripe-mock ({@code MEWAYZ_STRIPE_MOCK_URL}) and is skipped without it.
 */
@ApiTest
class StripeInvoiceApiTest {
  private static final String MOCK = System.getenv("MEWAYZ_STRIPE_MOCK_URL");
  private static final String WEBHOOK_SECRET = "whsec_MewayzStripeInvoiceSecret";
  private static final Pattern PAY_LINK =
      Pattern.compile("https?://[^\\s]+/pay/invoices/([0-9a-f]+)\\?token=([A-Za-z0-9_-]+)");

  @DynamicPropertySource
  static void stripeMock(DynamicPropertyRegistry registry) {
    if (MOCK != null && !MOCK.isBlank()) {
      registry.add("mewayz.stripe.api-base", () -> MOCK);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired Clock clock;
  @Autowired InvoiceLinks links;
  ApiClient api;
  BillingCalls billing;
  String customer;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    ApiClient.Account merchant = api.register("merchant");
    billing = new BillingCalls(api, merchant, api.createWorkspace(merchant, "Card Studio"));
    customer = ApiClient.uniqueEmail("customer");
  }

  @Test
  void stripesPaymentOfAnInvoicePaysItOnceAndStopsTheDunning() throws Exception {
    setKeys();
    String id = billing.sent(customer);
    String other = billing.sent(ApiClient.uniqueEmail("other"));
    String text = api.awaitMail(customer, "Invoice INV-0001").text();
    Matcher link = PAY_LINK.matcher(text);
    assertThat(link.find()).as("a pay link in: " + text).isTrue();
    assertThat(link.group(1)).isEqualTo(id);

    long start = clock.instant().getEpochSecond();
    // The wrong amount for the other invoice: not recorded, the merchant settles it by hand.
    deliver(event(eventId(), start, "pi_short", other, 100)).andExpect(status().isOk());
    String body = event(eventId(), start, "pi_paid", id, 13_481);
    deliver(body).andExpect(status().isOk()).andExpect(jsonPath("$.data.duplicate").value(false));

    billing.await(id, "$.data.status", "PAID"::equals);
    assertThat(api.awaitMail(customer, "Payment received for invoice INV-0001").text())
        .contains("134.81 EUR");
    deliver(body).andExpect(jsonPath("$.data.duplicate").value(true));
    deliver(event(eventId(), start + 1, "pi_paid", id, 13_481)).andExpect(status().isOk());
    Invoice paid = mongo.findById(id, Invoice.class);
    assertThat(paid.payments()).hasSize(1);
    assertThat(paid.payments().get(0).reference()).isEqualTo("pi_paid");
    assertThat(paid.payments().get(0).method().name()).isEqualTo("STRIPE");
    assertThat(mongo.findById(other, Invoice.class).paidAt()).isNull();

    mvc.perform(get("/pay/invoices/" + id).param("token", link.group(2)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("is paid")));
  }

  @Test
  void thePayPageNeedsTheSignedTokenAndWithoutStripeSaysHowToPay() throws Exception {
    String draft = billing.draft(customer);
    String id = billing.sent(customer);
    String link = links.payLink(id);
    String token = link.substring(link.indexOf("token=") + 6);

    mvc.perform(get("/pay/invoices/" + id).param("token", "forged"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/pay/invoices/" + id)).andExpect(status().isNotFound());
    String altered = (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1);
    mvc.perform(get("/pay/invoices/" + id).param("token", altered))
        .andExpect(status().isNotFound());
    String draftLink = links.payLink(draft);
    mvc.perform(
            get("/pay/invoices/" + draft)
                .param("token", draftLink.substring(draftLink.indexOf("token=") + 6)))
        .andExpect(status().isNotFound());

    mvc.perform(get("/pay/invoices/" + id).param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(Matchers.containsString("134.81 EUR is due on")))
        .andExpect(content().string(Matchers.containsString("write to Card Studio at")));
    // Without Stripe the mail carries no link at all.
    assertThat(api.awaitMail(customer, "Invoice INV-0001").text()).doesNotContain("/pay/invoices/");
  }

  @Test
  void thePayLinkOpensStripeCheckoutForTheInvoice() throws Exception {
    Assumptions.assumeTrue(
        MOCK != null && !MOCK.isBlank(),
        "MEWAYZ_STRIPE_MOCK_URL is not set: run `scripts/stripe-mock.sh start`");
    setKeys();
    String id = billing.sent(customer);
    Matcher link = PAY_LINK.matcher(api.awaitMail(customer, "Invoice INV-0001").text());
    assertThat(link.find()).isTrue();

    mvc.perform(get("/pay/invoices/" + id).param("token", link.group(2)))
        .andExpect(status().isSeeOther())
        .andExpect(header().string("Location", Matchers.startsWith("https://")));
  }

  private void setKeys() throws Exception {
    billing
        .call(
            HttpMethod.PUT,
            "/api/ecommerce/settings/stripe",
            """
            {"secretKey": "sk_test_51MewayzSecretKeyValue9x7Q",
             "publishableKey": "pk_test_51MewayzPublishableKey2b4K", "webhookSecret": "%s"}
            """
                .formatted(WEBHOOK_SECRET))
        .andExpect(status().isOk());
  }

  private static String eventId() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "");
  }

  private String event(String eventId, long created, String intent, String invoiceId, long amount) {
    return """
        {"id": "%s", "object": "event", "type": "payment_intent.succeeded", "created": %d,
         "livemode": false,
         "data": {"object": {"id": "%s", "object": "payment_intent", "amount": %d,
           "currency": "eur", "metadata": {"invoiceId": "%s", "workspaceId": "%s"}}}}
        """
        .formatted(eventId, created, intent, amount, invoiceId, billing.workspace());
  }

  private ResultActions deliver(String body) throws Exception {
    long t = clock.instant().getEpochSecond();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
    String signature = HexFormat.of().formatHex(mac.doFinal(bytes));
    return mvc.perform(
        post("/api/webhooks/stripe/" + billing.workspace())
            .contentType(MediaType.APPLICATION_JSON)
            .header("Stripe-Signature", "t=" + t + ",v1=" + signature)
            .content(bytes));
  }
}
