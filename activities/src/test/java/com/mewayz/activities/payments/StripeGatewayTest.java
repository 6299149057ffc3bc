package com.mewayz.activities.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mewayz.activities.payments.StripeGateway.Payment;
import com.mewayz.activities.payments.StripeGateway.PaymentRequest;
import com.mewayz.activities.payments.StripeGateway.RefundResult;
import com.mewayz.workflows.payments.PaymentFailureTypes;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway against stripe-mock, which answers as Stripe's API does from its OpenAPI spec. */
@ExtendWith(StripeMock.class)
class StripeGatewayTest {
  private static final String KEY = "sk_test_mewayz0000000000000000";
  private static String stripeMock;

  private final Map<String, String> keys = Map.of("ws-configured", KEY);
  private StripeGateway gateway;

  @BeforeAll
  static void stripeMockRuns() {
    stripeMock = StripeMock.url();
  }

  private StripeGateway gateway() {
    if (gateway == null) {
      gateway = new StripeGateway(ws -> Optional.ofNullable(keys.get(ws)), stripeMock);
    }
    return gateway;
  }

  @Test
  void createsAPaymentIntentAndReadsItBack() {
    Payment payment =
        gateway()
            .createPayment(
                new PaymentRequest("ws-configured", "order-1", 2500, "usd", "buyer@example.test"),
                "order-order-1-payment");

    assertThat(payment.id()).startsWith("pi_");
    assertThat(payment.amount()).isEqualTo(2500);
    assertThat(payment.currency()).isEqualTo("usd");
    assertThat(payment.status()).isNotBlank();

    Payment read = gateway().retrievePayment("ws-configured", payment.id());
    assertThat(read.id()).isEqualTo(payment.id());
  }

  @Test
  void aCheckoutCarriesTheClientSecretTheCheckoutPageNeedsButNeverPrintsIt() {
    StripeGateway.Checkout checkout =
        gateway()
            .createCheckout(
                new PaymentRequest("ws-configured", "order-3", 1900, "eur", "buyer@example.test"),
                "order-order-3-payment");

    assertThat(checkout.payment().id()).startsWith("pi_");
    assertThat(checkout.clientSecret()).isNotBlank();
    assertThat(checkout.toString()).doesNotContain(checkout.clientSecret());
  }

  @Test
  void chargesASavedPaymentMethodOffSessionForAnInvoice() {
    Payment charge =
        gateway()
            .chargeSavedMethod(
                new StripeGateway.SavedMethodCharge(
                    "ws-configured",
                    "inv-1",
                    13_481,
                    "eur",
                    "cus_123",
                    "pm_card_visa",
                    "payer@example.test"),
                "invoice-inv-1-charge-1");

    assertThat(charge.id()).startsWith("pi_");
    assertThat(charge.status()).isNotBlank();
  }

  @Test
  void aCheckoutSessionForAnInvoiceAnswersItsHostedPage() {
    String url =
        gateway()
            .createInvoiceCheckout(
                new StripeGateway.InvoiceCheckout(
                    "ws-configured",
                    "inv-1",
                    "Invoice INV-0001",
                    13_481,
                    "eur",
                    "payer@example.test",
                    "https://mewayz.example/pay/invoices/inv-1?token=t&paid=1",
                    "https://mewayz.example/pay/invoices/inv-1?token=t"),
                "invoice-inv-1-checkout-1");

    assertThat(url).startsWith("https://");
  }

  @Test
  void cancelsAnUnpaidPaymentIntent() {
    Payment cancelled =
        gateway().cancelPayment("ws-configured", "pi_123", "order-order-4-payment-cancel");

    assertThat(cancelled.id()).startsWith("pi_");
    assertThat(cancelled.status()).isNotBlank();
  }

  @Test
  void refundsAPaymentIntent() {
    RefundResult refund =
        gateway().refund("ws-configured", "pi_123", 1000L, "order-order-1-refund");

    assertThat(refund.id()).startsWith("re_");
    assertThat(refund.status()).isNotBlank();
  }

  @Test
  void aWorkspaceWithoutKeysIsToldStripeIsNotConfigured() {
    assertThatThrownBy(
            () ->
                gateway()
                    .createPayment(
                        new PaymentRequest("ws-bare", "order-2", 100, "usd", "a@example.test"),
                        "order-order-2-payment"))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo(PaymentFailureTypes.STRIPE_NOT_CONFIGURED.type());
              assertThat(f.isNonRetryable()).isTrue();
            });
  }

  @Test
  void anInvalidRequestIsNotRetried() {
    // stripe-mock validates against Stripe's spec: a PaymentIntent without currency is a 400.
    assertThatThrownBy(
            () ->
                gateway()
                    .createPayment(
                        new PaymentRequest("ws-configured", "order-3", 500, null, "a@example.test"),
                        "order-order-3-payment"))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo(PaymentFailureTypes.INVALID_REQUEST.type());
              assertThat(f.isNonRetryable()).isTrue();
              assertThat(f.getOriginalMessage()).doesNotContain(KEY);
            });
  }

  @Test
  void anUnreachableStripeIsRetried() {
    StripeGateway unreachable = new StripeGateway(ws -> Optional.of(KEY), "http://127.0.0.1:1");

    assertThatThrownBy(() -> unreachable.retrievePayment("ws-configured", "pi_123"))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo(PaymentFailureTypes.STRIPE_UNAVAILABLE.type());
              assertThat(f.isNonRetryable()).isFalse();
            });
  }
}
