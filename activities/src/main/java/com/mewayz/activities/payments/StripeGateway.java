package com.mewayz.activities.payments;

import com.mewayz.domain.common.SecretBox.SecretBoxException;
import com.mewayz.domain.payments.StripeSettingsStore;
import com.mewayz.workflows.payments.PaymentFailureTypes;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calls Stripe for one workspace at a time: each call carries that workspace's decrypted secret key
 * and the caller's idempotency key in its own {@link RequestOptions}, so no key is ever global and
 * a retried activity never charges or refunds twice. The workflow passes stable keys such as {@code
 * order-<id>-payment} and {@code order-<id>-refund}; Stripe answers a repeat with the first result
 * for 24 hours.
 *
 * <p>Failures are {@link ApplicationFailure}s typed by {@link PaymentFailureTypes}: rate limits,
 * connection failures and Stripe 5xx are retryable ({@code STRIPE_UNAVAILABLE}); declined cards,
 * invalid requests, refused keys, idempotency conflicts and a workspace without keys are not.
 * Messages are Stripe's, with anything shaped like a key masked; the key never reaches a history.
 */
@Component
public class StripeGateway {
  private static final Pattern KEY_LIKE =
      Pattern.compile("\\b(sk|rk|pk|whsec)_[A-Za-z0-9_]*([A-Za-z0-9]{4})\\b");

  /** Where the workspace's secret key comes from; empty when it has none. */
  interface SecretKeys {
    Optional<String> of(String workspaceId);
  }

  private final SecretKeys keys;
  private final String apiBase;

  @Autowired
  public StripeGateway(
      StripeSettingsStore settings,
      @Value("${mewayz.stripe.api-base:https://api.stripe.com}") String apiBase) {
    this(settings::secretKey, apiBase);
  }

  StripeGateway(SecretKeys keys, String apiBase) {
    this.keys = keys;
    this.apiBase = apiBase;
  }

  /** One workspace's call: its key, and the caller's idempotency key. */
  private record Call(StripeClient stripe, RequestOptions options) {}

  public record PaymentRequest(
      String workspaceId, String orderId, long amount, String currency, String customerEmail) {}

  /** What a workflow may keep in its history: no client secret, no key. */
  public record Payment(String id, String status, long amount, String currency) {
    static Payment of(PaymentIntent intent) {
      return new Payment(
          intent.getId(), intent.getStatus(), intent.getAmount(), intent.getCurrency());
    }
  }

  /**
   * A created PaymentIntent with its client secret, which the customer's checkout page needs to
   * confirm the payment. Not a key, but it lets anyone holding it confirm this payment: store it on
   * the order, never log it nor return it to a workflow.
   */
  public record Checkout(Payment payment, String clientSecret) {
    @Override
    public String toString() {
      return "Checkout[payment=" + payment + ", clientSecret=…]";
    }
  }

  public record RefundResult(String id, String status, long amount, String paymentIntentId) {}

  /**
   * Creates a PaymentIntent with {@code orderId} and {@code workspaceId} in its metadata.
   * Idempotent under {@code idempotencyKey}.
   */
  public Payment createPayment(PaymentRequest request, String idempotencyKey) {
    return createCheckout(request, idempotencyKey).payment();
  }

  /**
   * Like {@link #createPayment}, also answering the client secret for the checkout page. Idempotent
   * under {@code idempotencyKey}: a repeat answers the same PaymentIntent and client secret.
   */
  public Checkout createCheckout(PaymentRequest request, String idempotencyKey) {
    PaymentIntentCreateParams params =
        PaymentIntentCreateParams.builder()
            .setAmount(request.amount())
            .setCurrency(request.currency())
            .setReceiptEmail(request.customerEmail())
            .putMetadata("orderId", request.orderId())
            .putMetadata("workspaceId", request.workspaceId())
            .setAutomaticPaymentMethods(
                PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                    .setEnabled(true)
                    .build())
            .build();
    Call call = call(request.workspaceId(), idempotencyKey);
    return run(
        () -> {
          PaymentIntent intent = call.stripe().v1().paymentIntents().create(params, call.options());
          return new Checkout(Payment.of(intent), intent.getClientSecret());
        });
  }

  /**
   * An off-session charge of a customer's saved payment method, for an invoice: the customer is not
   * there to authenticate, so Stripe confirms at once or declines.
   */
  public record SavedMethodCharge(
      String workspaceId,
      String invoiceId,
      long amount,
      String currency,
      String customerId,
      String paymentMethodId,
      String receiptEmail) {}

  /**
   * Creates and confirms, off-session, a PaymentIntent charging the saved payment method, with
   * {@code invoiceId} and {@code workspaceId} in its metadata. Idempotent under {@code
   * idempotencyKey}. A declined card (including one that needs the customer to authenticate) is
   * {@code CARD_DECLINED}; a payment Stripe is still processing answers its status.
   */
  public Payment chargeSavedMethod(SavedMethodCharge charge, String idempotencyKey) {
    PaymentIntentCreateParams params =
        PaymentIntentCreateParams.builder()
            .setAmount(charge.amount())
            .setCurrency(charge.currency())
            .setCustomer(charge.customerId())
            .setPaymentMethod(charge.paymentMethodId())
            .setReceiptEmail(charge.receiptEmail())
            .setConfirm(true)
            .setOffSession(true)
            .putMetadata("invoiceId", charge.invoiceId())
            .putMetadata("workspaceId", charge.workspaceId())
            .build();
    Call call = call(charge.workspaceId(), idempotencyKey);
    return run(
        () -> Payment.of(call.stripe().v1().paymentIntents().create(params, call.options())));
  }

  /** A Stripe-hosted payment page for an invoice's total. */
  public record InvoiceCheckout(
      String workspaceId,
      String invoiceId,
      String title,
      long amount,
      String currency,
      String customerEmail,
      String successUrl,
      String cancelUrl) {}

  /**
   * Creates a Checkout Session paying {@code amount} once, whose PaymentIntent carries {@code
   * invoiceId} and {@code workspaceId} in its metadata (so its {@code payment_intent.succeeded}
   * finds the invoice), and answers its URL. Idempotent under {@code idempotencyKey}.
   */
  public String createInvoiceCheckout(InvoiceCheckout checkout, String idempotencyKey) {
    SessionCreateParams params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setCustomerEmail(checkout.customerEmail())
            .setSuccessUrl(checkout.successUrl())
            .setCancelUrl(checkout.cancelUrl())
            .addLineItem(
                SessionCreateParams.LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(
                        SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(checkout.currency())
                            .setUnitAmount(checkout.amount())
                            .setProductData(
                                SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(checkout.title())
                                    .build())
                            .build())
                    .build())
            .setPaymentIntentData(
                SessionCreateParams.PaymentIntentData.builder()
                    .putMetadata("invoiceId", checkout.invoiceId())
                    .putMetadata("workspaceId", checkout.workspaceId())
                    .build())
            .putMetadata("invoiceId", checkout.invoiceId())
            .putMetadata("workspaceId", checkout.workspaceId())
            .build();
    Call call = call(checkout.workspaceId(), idempotencyKey);
    return run(
        () -> call.stripe().v1().checkout().sessions().create(params, call.options()).getUrl());
  }

  /** The PaymentIntent as Stripe has it now. A read: safe to retry. */
  public Payment retrievePayment(String workspaceId, String paymentIntentId) {
    Call call = call(workspaceId, null);
    return run(
        () ->
            Payment.of(
                call.stripe().v1().paymentIntents().retrieve(paymentIntentId, call.options())));
  }

  /**
   * Cancels a PaymentIntent that was not paid, so it can no longer be. Idempotent under {@code
   * idempotencyKey}.
   */
  public Payment cancelPayment(String workspaceId, String paymentIntentId, String idempotencyKey) {
    Call call = call(workspaceId, idempotencyKey);
    return run(
        () ->
            Payment.of(
                call.stripe().v1().paymentIntents().cancel(paymentIntentId, call.options())));
  }

  /**
   * Refunds the PaymentIntent, wholly when {@code amount} is null. Idempotent under {@code
   * idempotencyKey}.
   */
  public RefundResult refund(
      String workspaceId, String paymentIntentId, Long amount, String idempotencyKey) {
    RefundCreateParams.Builder params =
        RefundCreateParams.builder()
            .setPaymentIntent(paymentIntentId)
            .putMetadata("workspaceId", workspaceId);
    if (amount != null) {
      params.setAmount(amount);
    }
    Call call = call(workspaceId, idempotencyKey);
    return run(
        () -> {
          Refund refund = call.stripe().v1().refunds().create(params.build(), call.options());
          return new RefundResult(
              refund.getId(), refund.getStatus(), refund.getAmount(), refund.getPaymentIntent());
        });
  }

  private Call call(String workspaceId, String idempotencyKey) {
    String key;
    try {
      key =
          keys.of(workspaceId)
              .orElseThrow(
                  () ->
                      ApplicationFailure.newNonRetryableFailure(
                          "Stripe is not configured for this workspace: an owner or admin sets"
                              + " its keys under PUT /api/ecommerce/settings/stripe",
                          PaymentFailureTypes.STRIPE_NOT_CONFIGURED.type()));
    } catch (SecretBoxException unreadable) {
      throw ApplicationFailure.newNonRetryableFailure(
          "The workspace's Stripe key cannot be decrypted (was MEWAYZ_ENCRYPTION_KEY changed?);"
              + " set the keys again",
          PaymentFailureTypes.STRIPE_NOT_CONFIGURED.type());
    }
    RequestOptions.RequestOptionsBuilder options = RequestOptions.builder().setApiKey(key);
    if (idempotencyKey != null) {
      options.setIdempotencyKey(idempotencyKey);
    }
    // A client per call: no key is ever client-wide, so one workspace's key cannot serve
    // another's request. Temporal owns retries, so the SDK's own network retries are off and
    // each attempt shows in the workflow's history.
    StripeClient stripe =
        StripeClient.builder().setApiKey(key).setApiBase(apiBase).setMaxNetworkRetries(0).build();
    return new Call(stripe, options.build());
  }

  private interface StripeCall<T> {
    T run() throws StripeException;
  }

  private static <T> T run(StripeCall<T> call) {
    try {
      return call.run();
    } catch (StripeException e) {
      throw failureOf(e);
    }
  }

  /** The documented mapping of Stripe's errors to retryable and non-retryable failures. */
  static ApplicationFailure failureOf(StripeException e) {
    String message = "Stripe: " + mask(e.getMessage());
    if (e instanceof RateLimitException || e instanceof ApiConnectionException) {
      return retryable(message);
    }
    if (e instanceof CardException) {
      return nonRetryable(message, PaymentFailureTypes.CARD_DECLINED);
    }
    if (e instanceof IdempotencyException) {
      return nonRetryable(message, PaymentFailureTypes.IDEMPOTENCY_CONFLICT);
    }
    if (e instanceof AuthenticationException || e instanceof PermissionException) {
      return nonRetryable(message, PaymentFailureTypes.STRIPE_AUTHENTICATION);
    }
    Integer status = e.getStatusCode();
    if (status == null || status >= 500 || status == 429) {
      return retryable(message);
    }
    if (e instanceof InvalidRequestException || status >= 400) {
      return nonRetryable(message, PaymentFailureTypes.INVALID_REQUEST);
    }
    return retryable(message);
  }

  private static ApplicationFailure retryable(String message) {
    // No cause attached: a StripeException's fields may echo request details into the history.
    return ApplicationFailure.newFailure(message, PaymentFailureTypes.STRIPE_UNAVAILABLE.type());
  }

  private static ApplicationFailure nonRetryable(String message, PaymentFailureTypes type) {
    return ApplicationFailure.newNonRetryableFailure(message, type.type());
  }

  static String mask(String text) {
    return text == null ? "" : KEY_LIKE.matcher(text).replaceAll("$1_…$2");
  }
}
