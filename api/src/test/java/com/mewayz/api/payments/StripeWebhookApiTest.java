package com.mewayz.api.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.payments.StripeEventHandler;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.events.PlatformEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiTest
class StripeWebhookApiTest {
  static final String WEBHOOK_SECRET = "whsec_MewayzWebhookTestSecret";

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired Clock clock;
  @MockitoSpyBean StripeEventHandler handler;

  ApiClient api;
  String workspace;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    Account owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Shop");
    api.inWorkspace(
            workspace,
            HttpMethod.PUT,
            StripeSettingsApiTest.PATH,
            owner,
            StripeSettingsApiTest.keys(
                StripeSettingsApiTest.SECRET_KEY,
                StripeSettingsApiTest.PUBLISHABLE_KEY,
                WEBHOOK_SECRET))
        .andExpect(status().isOk());
  }

  @Test
  void aSignedPaymentSuccessIsAcceptedAndPublishedAsAPlatformEvent() throws Exception {
    String eventId = eventId();
    String body = event(eventId, "payment_intent.succeeded", now(), "pi_paid1", "order-17");

    deliver(workspace, body, signed(body, now()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.eventId").value(eventId))
        .andExpect(jsonPath("$.data.duplicate").value(false))
        .andExpect(jsonPath("$.data.newest").value(true));

    PlatformEvent published = mongo.findById(workspace + ":stripe:" + eventId, PlatformEvent.class);
    assertThat(published).isNotNull();
    assertThat(published.type()).isEqualTo("payment.succeeded");
    assertThat(published.key()).isEqualTo("order-17");
    assertThat(published.data()).containsEntry("paymentIntentId", "pi_paid1");
  }

  @Test
  void aWrongSignatureIsRefused() throws Exception {
    String body = event(eventId(), "payment_intent.succeeded", now(), "pi_x", "order-1");
    long t = now();
    String forged = "t=" + t + ",v1=" + StripeSignature.sign("whsec_other", t, bytes(body));

    deliver(workspace, body, forged)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("InvalidSignature"));
    deliver(workspace, body, null).andExpect(status().isBadRequest());
    verify(handler, never()).handle(any());
  }

  @Test
  void oneMatchingSignatureAmongSeveralIsEnough() throws Exception {
    String body = event(eventId(), "payment_intent.succeeded", now(), "pi_roll", "order-2");
    long t = now();
    String header =
        "t="
            + t
            + ",v1="
            + StripeSignature.sign("whsec_old", t, bytes(body))
            + ",v1="
            + StripeSignature.sign(WEBHOOK_SECRET, t, bytes(body));

    deliver(workspace, body, header).andExpect(status().isOk());
  }

  @Test
  void aStaleTimestampIsRefused() throws Exception {
    String body = event(eventId(), "payment_intent.succeeded", now(), "pi_old", "order-3");

    deliver(workspace, body, signed(body, now() - 301))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("300 s")));
    verify(handler, never()).handle(any());
  }

  @Test
  void aRedeliveredEventIsAnsweredButHandledOnce() throws Exception {
    String eventId = eventId();
    String body = event(eventId, "payment_intent.payment_failed", now(), "pi_twice", "order-4");

    deliver(workspace, body, signed(body, now())).andExpect(status().isOk());
    deliver(workspace, body, signed(body, now()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.duplicate").value(true));

    verify(handler, times(1)).handle(argThat(e -> e.eventId().equals(eventId)));
  }

  @Test
  void anOlderEventArrivingLateDoesNotOverrideTheNewerState() throws Exception {
    long t = now();
    String succeeded = event(eventId(), "payment_intent.succeeded", t, "pi_race", "order-5");
    String failedId = eventId();
    String failedEarlier =
        event(failedId, "payment_intent.payment_failed", t - 60, "pi_race", "order-5");

    deliver(workspace, succeeded, signed(succeeded, now())).andExpect(status().isOk());
    deliver(workspace, failedEarlier, signed(failedEarlier, now()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.newest").value(false));

    verify(handler).handle(argThat(e -> e.eventId().equals(failedId) && !e.newest()));
    assertThat(mongo.findById(workspace + ":stripe:" + failedId, PlatformEvent.class)).isNull();
  }

  @Test
  void aSuccessIsActedOnEvenAfterALaterStampedEventAboutThePaymentIntent() throws Exception {
    long t = now();
    String refundedFirst =
        """
        {"id": "%s", "object": "event", "type": "charge.refunded", "created": %d,
         "data": {"object": {"id": "ch_late", "object": "charge", "payment_intent": "pi_late"}}}
        """
            .formatted(eventId(), t + 5);
    String successId = eventId();
    String succeeded = event(successId, "payment_intent.succeeded", t, "pi_late", "order-8");

    deliver(workspace, refundedFirst, signed(refundedFirst, now())).andExpect(status().isOk());
    deliver(workspace, succeeded, signed(succeeded, now()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.newest").value(false));

    // Stripe never moves a PaymentIntent on from succeeded: it is its final word, whatever came
    // first, so the order or invoice it pays is paid.
    verify(handler).handle(argThat(e -> e.eventId().equals(successId) && e.newest()));
    assertThat(mongo.findById(workspace + ":stripe:" + successId, PlatformEvent.class)).isNotNull();
  }

  @Test
  void anUnknownWorkspaceOrOneWithoutASigningSecretIsNotFound() throws Exception {
    String body = event(eventId(), "payment_intent.succeeded", now(), "pi_y", "order-6");
    Account other = api.register("other");
    String bare = api.createWorkspace(other, "No Stripe");

    deliver("000000000000000000000000", body, signed(body, now()))
        .andExpect(status().isNotFound())
        .andExpect(
            jsonPath("$.message")
                .value(org.hamcrest.Matchers.containsString("no webhook signing secret")));
    deliver(bare, body, signed(body, now())).andExpect(status().isNotFound());
  }

  @Test
  void aBodyLargerThanTheCapIsRefusedUnread() throws Exception {
    String body = "{\"pad\": \"" + "x".repeat(StripeWebhookController.MAX_BODY_BYTES) + "\"}";

    deliver(workspace, body, signed(body, now())).andExpect(status().isPayloadTooLarge());
    verify(handler, never()).handle(any());
  }

  private ResultActions deliver(String workspaceId, String body, String signature)
      throws Exception {
    var request =
        post("/api/webhooks/stripe/" + workspaceId)
            .contentType(MediaType.APPLICATION_JSON)
            .content(bytes(body));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return mvc.perform(request);
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }

  private static String signed(String body, long timestamp) {
    return "t=" + timestamp + ",v1=" + StripeSignature.sign(WEBHOOK_SECRET, timestamp, bytes(body));
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static String eventId() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "");
  }

  private static String event(
      String id, String type, long created, String paymentIntent, String orderId) {
    return """
        {"id": "%s", "object": "event", "type": "%s", "created": %d, "livemode": false,
         "data": {"object": {"id": "%s", "object": "payment_intent", "amount": 2500,
           "currency": "usd", "metadata": {"orderId": "%s"}}}}
        """
        .formatted(id, type, created, paymentIntent, orderId);
  }
}
