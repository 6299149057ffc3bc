package com.mewayz.workflows.commerce;

/**
 * Input of {@link OrderFulfillmentWorkflow}. Carries ids and what the process needs to decide its
 * path; the lines, customer and content stay in MongoDB and are read by the activities. Fields may
 * be added, never removed or renamed: recorded histories carry them.
 *
 * @param digital the order has at least one digital product, delivered by mail once paid
 * @param physical the order has at least one physical product, shipped by the merchant
 * @param paymentTimeoutSeconds how long a manual payment may take; 0 for {@link
 *     OrderFulfillments#PAYMENT_TIMEOUT}
 */
public record OrderRequest(
    String orderId,
    String workspaceId,
    PaymentMethod paymentMethod,
    boolean digital,
    boolean physical,
    long paymentTimeoutSeconds) {}
