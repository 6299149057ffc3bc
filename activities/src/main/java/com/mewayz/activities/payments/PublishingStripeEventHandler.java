package com.mewayz.activities.payments;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.domain.events.PlatformEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the payment events Mewayz cares about into platform events ({@code payment.succeeded},
 * {@code payment.failed}, {@code payment.refunded}) keyed by the order (or invoice) id in the
 * PaymentIntent's metadata, so automations can start on them and waiting runs wake. An event
 * superseded by a newer one about the same PaymentIntent is not published: a late "failed" must not
 * follow a "succeeded". Logs event ids and types only, never the payload.
 */
@Component
class PublishingStripeEventHandler implements StripeEventHandler {
  private static final Logger log = LoggerFactory.getLogger(PublishingStripeEventHandler.class);
  private static final Map<String, String> PLATFORM_TYPES =
      Map.of(
          "payment_intent.succeeded", "payment.succeeded",
          "payment_intent.payment_failed", "payment.failed",
          "charge.refunded", "payment.refunded");

  private final EventDispatcher dispatcher;
  private final Clock clock;

  PublishingStripeEventHandler(EventDispatcher dispatcher, Clock clock) {
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @Override
  public void handle(StripeEvent event) {
    String type = PLATFORM_TYPES.get(event.type());
    if (type == null) {
      log.info("Stripe event {} ({}) needs no action", event.eventId(), event.type());
      return;
    }
    if (!event.newest()) {
      log.info(
          "Stripe event {} ({}) is older than one already received for {}; not published",
          event.eventId(),
          event.type(),
          event.paymentIntentId());
      return;
    }
    String orderId = event.metadata().get("orderId");
    String invoiceId = event.metadata().get("invoiceId");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("paymentIntentId", event.paymentIntentId());
    data.put("orderId", orderId);
    data.put("invoiceId", invoiceId);
    data.put("amount", event.amount());
    data.put("currency", event.currency());
    data.put("stripeEventId", event.eventId());
    data.put("stripeEventType", event.type());
    data.put("stripeCreated", event.created().toString());
    dispatcher.publish(
        new PlatformEvent(
            event.workspaceId() + ":stripe:" + event.eventId(),
            event.workspaceId(),
            type,
            orderId != null ? orderId : invoiceId != null ? invoiceId : event.paymentIntentId(),
            data,
            clock.instant()));
    log.info("Stripe event {} ({}) published as {}", event.eventId(), event.type(), type);
  }
}
