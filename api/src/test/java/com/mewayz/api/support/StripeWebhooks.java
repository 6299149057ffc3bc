package com.mewayz.api.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mewayz.domain.commerce.Order;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Stripe's side of a workspace's webhook, for tests: builds PaymentIntent events as Stripe sends
 * them (stripe-mock sends none) and delivers them signed with the workspace's signing secret.
 */
public record StripeWebhooks(MockMvc mvc, Clock clock, String workspaceId, String signingSecret) {

  public static String eventId() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "");
  }

  /** A {@code payment_intent.*} event about the order's PaymentIntent, as Stripe builds it. */
  public String paymentIntentEvent(String eventId, String type, long created, Order order) {
    return """
        {"id": "%s", "object": "event", "type": "%s", "created": %d,
         "livemode": false,
         "data": {"object": {"id": "%s", "object": "payment_intent", "amount": %d,
           "currency": "eur", "metadata": {"orderId": "%s", "workspaceId": "%s"}}}}
        """
        .formatted(
            eventId,
            type,
            created,
            order.stripePaymentIntentId(),
            order.totalMinor(),
            order.id(),
            workspaceId);
  }

  /** Posts the event to the workspace's webhook, signed now. */
  public ResultActions deliver(String body) throws Exception {
    long t = clock.instant().getEpochSecond();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return mvc.perform(
        post("/api/webhooks/stripe/" + workspaceId)
            .contentType(MediaType.APPLICATION_JSON)
            .header("Stripe-Signature", "t=" + t + ",v1=" + sign(t, bytes))
            .content(bytes));
  }

  /** Stripe's scheme: HMAC-SHA256 of {@code t + "." + body} under the signing secret. */
  private String sign(long timestamp, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
