package com.mewayz.domain.commerce;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A product of a workspace's store. Prices are in minor units (cents) of {@code currency}. {@code
 * stock} only changes through {@link ProductStore}'s conditional updates, which also keep in {@code
 * holds} the orders currently holding some of it, so a reservation or release is applied once per
 * order. {@code imageUrl} (https, optional) is the picture shown wherever the product is presented,
 * such as link-in-bio product cards.
 */
@Document("products")
@CompoundIndex(name = "sku_per_workspace", def = "{'workspaceId': 1, 'sku': 1}", unique = true)
public record Product(
    @Id String id,
    String workspaceId,
    String name,
    String description,
    String imageUrl,
    long priceMinor,
    String currency,
    String sku,
    int stock,
    boolean digital,
    String deliveryContent,
    List<String> holds,
    Instant createdAt,
    Instant updatedAt) {}
