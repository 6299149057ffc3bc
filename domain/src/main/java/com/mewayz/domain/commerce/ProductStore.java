package com.mewayz.domain.commerce;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stock changes, each one conditional update of one product document, which MongoDB applies
 * atomically: concurrent orders can never take the stock below zero, and the order id recorded in
 * {@code holds} by the same update makes a repeated reservation or release a no-op.
 */
@Component
public class ProductStore {
  private final MongoTemplate mongo;

  public ProductStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Takes {@code quantity} from the stock for {@code orderId}; false when the stock is short. True
   * without taking anything when the order holds this product already (a retry).
   */
  public boolean reserve(String productId, String orderId, int quantity) {
    boolean taken =
        mongo
                .updateFirst(
                    Query.query(
                        Criteria.where("_id")
                            .is(productId)
                            .and("stock")
                            .gte(quantity)
                            .and("holds")
                            .ne(orderId)),
                    new Update().inc("stock", -quantity).push("holds", orderId),
                    Product.class)
                .getModifiedCount()
            == 1;
    return taken || holds(productId, orderId);
  }

  /** Gives back what {@code orderId} reserved of the product; false when it held nothing. */
  public boolean release(String productId, String orderId, int quantity) {
    return mongo
            .updateFirst(
                Query.query(Criteria.where("_id").is(productId).and("holds").is(orderId)),
                new Update().inc("stock", quantity).pull("holds", orderId),
                Product.class)
            .getModifiedCount()
        == 1;
  }

  /** The order is fulfilled: its stock is gone for good and it no longer needs a hold. */
  public void settle(String productId, String orderId) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(productId).and("holds").is(orderId)),
        new Update().pull("holds", orderId),
        Product.class);
  }

  /**
   * Saves the merchant's edit. Only the listed fields are set, so reservations made meanwhile keep
   * their holds; {@code stock} is the merchant's new count of what is available.
   */
  public void edit(
      String productId,
      String name,
      String description,
      String imageUrl,
      long priceMinor,
      String currency,
      String sku,
      int stock,
      boolean digital,
      String deliveryContent,
      Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(productId)),
        new Update()
            .set("name", name)
            .set("description", description)
            .set("imageUrl", imageUrl)
            .set("priceMinor", priceMinor)
            .set("currency", currency)
            .set("sku", sku)
            .set("stock", stock)
            .set("digital", digital)
            .set("deliveryContent", deliveryContent)
            .set("updatedAt", now),
        Product.class);
  }

  /** Sets the product's description only (an approved AI draft); true when the product exists. */
  public boolean describe(String productId, String workspaceId, String description, Instant now) {
    return mongo
            .updateFirst(
                Query.query(Criteria.where("_id").is(productId).and("workspaceId").is(workspaceId)),
                new Update().set("description", description).set("updatedAt", now),
                Product.class)
            .getMatchedCount()
        > 0;
  }

  private boolean holds(String productId, String orderId) {
    return mongo.exists(
        Query.query(Criteria.where("_id").is(productId).and("holds").is(orderId)), Product.class);
  }
}
