package com.mewayz.domain.payments;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The newest event seen about one Stripe object (a PaymentIntent, a charge) of a workspace: what
 * keeps an event delivered late from overriding the state a newer one set.
 */
@Document("stripe_object_states")
public record StripeObjectState(
    @Id String id,
    String workspaceId,
    String objectId,
    String eventId,
    String type,
    Instant created) {

  public static String idOf(String workspaceId, String objectId) {
    return workspaceId + ":" + objectId;
  }
}
