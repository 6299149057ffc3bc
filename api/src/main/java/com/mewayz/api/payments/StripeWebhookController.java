package com.mewayz.api.payments;

import com.mewayz.activities.payments.StripeEvent;
import com.mewayz.activities.payments.StripeEventHandler;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.domain.common.SecretBox;
import com.mewayz.domain.payments.StripeEventRecord;
import com.mewayz.domain.payments.StripeEventStore;
import com.mewayz.domain.payments.StripeSettingsStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe's webhook for one workspace, public (Stripe has no Mewayz token): the signature with the
 * workspace's signing secret is the authentication. Each event id is processed once per workspace
 * (a redelivery answers 200 and does nothing), and events about a PaymentIntent are ordered by
 * Stripe's {@code created}, not by arrival: a late older event is recorded but marked not newest,
 * except a success, which no later event can undo.
 *
 * <p>The path variable is deliberately not named {@code workspaceId}: that name puts an endpoint
 * behind the membership check, and Stripe is no member.
 */
@RestController
class StripeWebhookController {
  /** Stripe's events are a few KiB; anything far larger is not Stripe and is refused unread. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private static final String SUCCEEDED = "payment_intent.succeeded";

  private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

  private final StripeSettingsStore settings;
  private final StripeEventStore events;
  private final StripeEventHandler handler;
  private final JsonMapper json;
  private final Clock clock;

  StripeWebhookController(
      StripeSettingsStore settings,
      StripeEventStore events,
      StripeEventHandler handler,
      JsonMapper json,
      Clock clock) {
    this.settings = settings;
    this.events = events;
    this.handler = handler;
    this.json = json;
    this.clock = clock;
  }

  @PostMapping("/api/webhooks/stripe/{workspace}")
  ApiResponse<Map<String, Object>> receive(
      @PathVariable String workspace,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature,
      HttpServletRequest request)
      throws IOException {
    byte[] body = readCapped(request);
    String secret;
    try {
      secret =
          settings
              .webhookSecret(workspace)
              .orElseThrow(
                  () ->
                      ApiException.notFound(
                          "Stripe webhook of this workspace (no webhook signing secret is set)"));
    } catch (SecretBox.SecretBoxException unreadable) {
      // 503 rather than 4xx: Stripe keeps retrying while an owner sets the keys again.
      throw ApiException.unavailable(
          "The workspace's webhook signing secret cannot be decrypted; set the Stripe keys again");
    }
    try {
      StripeSignature.verify(signature, body, secret, clock.instant());
    } catch (StripeSignature.Refused refused) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST, "InvalidSignature", refused.getMessage(), Map.of());
    }
    StripeEvent event = parse(workspace, body);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("eventId", event.eventId());
    boolean first =
        events.recordOnce(
            new StripeEventRecord(
                StripeEventRecord.idOf(workspace, event.eventId()),
                workspace,
                event.eventId(),
                event.type(),
                event.paymentIntentId(),
                event.created(),
                clock.instant()));
    if (!first) {
      answer.put("duplicate", true);
      return ApiResponse.ok(answer, "Event already received");
    }
    boolean newest =
        event.paymentIntentId() == null
            || events.advance(
                workspace, event.paymentIntentId(), event.eventId(), event.type(), event.created());
    // A success is a PaymentIntent's last word (Stripe never moves it on from succeeded), so it is
    // acted on even when a later-stamped event about the same PaymentIntent came first: a
    // charge.succeeded of the same second, a refund, a failure of an earlier attempt. Ignoring
    // it would leave a paid order waiting, then cancelled.
    StripeEvent accepted = withNewest(event, newest || event.type().equals(SUCCEEDED));
    try {
      handler.handle(accepted);
    } catch (RuntimeException e) {
      // Forget it so that Stripe's retry of this delivery is processed instead of skipped.
      events.forget(workspace, event.eventId());
      log.warn("Stripe event {} ({}) failed in its handler", event.eventId(), event.type(), e);
      throw e;
    }
    answer.put("duplicate", false);
    answer.put("newest", newest);
    return ApiResponse.ok(answer, "Event received");
  }

  private static byte[] readCapped(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw tooLarge();
      }
      return body;
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(
        HttpStatus.CONTENT_TOO_LARGE,
        "PayloadTooLarge",
        "A Stripe event body is at most " + MAX_BODY_BYTES / 1024 + " KiB",
        Map.of());
  }

  private StripeEvent parse(String workspace, byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (RuntimeException e) {
      throw ApiException.invalid("body", "must be a Stripe event in JSON");
    }
    String id = text(root, "id");
    String type = text(root, "type");
    if (id == null || type == null || !root.path("created").isNumber()) {
      throw ApiException.invalid("body", "must be a Stripe event with id, type and created");
    }
    JsonNode object = root.path("data").path("object");
    String objectId = text(object, "id");
    String paymentIntent =
        objectId != null && objectId.startsWith("pi_") ? objectId : text(object, "payment_intent");
    Map<String, String> metadata = new LinkedHashMap<>();
    object
        .path("metadata")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().isString()) {
                metadata.put(e.getKey(), e.getValue().asString());
              }
            });
    Long amount = object.path("amount").isNumber() ? object.path("amount").asLong() : null;
    return new StripeEvent(
        workspace,
        id,
        type,
        Instant.ofEpochSecond(root.path("created").asLong()),
        paymentIntent,
        amount,
        text(object, "currency"),
        metadata,
        true);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : null;
  }

  private static StripeEvent withNewest(StripeEvent e, boolean newest) {
    return new StripeEvent(
        e.workspaceId(),
        e.eventId(),
        e.type(),
        e.created(),
        e.paymentIntentId(),
        e.amount(),
        e.currency(),
        e.metadata(),
        newest);
  }
}
