package com.mewayz.api.commerce;

import com.mewayz.api.commerce.CommerceViews.ProductRequest;
import com.mewayz.api.commerce.CommerceViews.ProductView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.commerce.Product;
import com.mewayz.domain.commerce.ProductRepository;
import com.mewayz.domain.commerce.ProductStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

@Service
class ProductService {
  private final ProductRepository products;
  private final ProductStore store;
  private final Clock clock;

  ProductService(ProductRepository products, ProductStore store, Clock clock) {
    this.products = products;
    this.store = store;
    this.clock = clock;
  }

  List<ProductView> list(WorkspaceAccess access) {
    return products.findByWorkspaceIdOrderByCreatedAtDesc(access.workspaceId()).stream()
        .map(ProductView::of)
        .toList();
  }

  ProductView get(WorkspaceAccess access, String productId) {
    return ProductView.of(load(access, productId));
  }

  ProductView create(WorkspaceAccess access, ProductRequest body) {
    check(body);
    if (products.existsByWorkspaceIdAndSku(access.workspaceId(), body.sku())) {
      throw skuTaken(body.sku());
    }
    Instant now = clock.instant();
    try {
      return ProductView.of(
          products.insert(
              new Product(
                  new ObjectId().toHexString(),
                  access.workspaceId(),
                  body.name().strip(),
                  body.description(),
                  blankToNull(body.imageUrl()),
                  body.priceMinor(),
                  body.currency(),
                  body.sku(),
                  body.stock(),
                  body.digital(),
                  body.digital() ? body.deliveryContent() : null,
                  List.of(),
                  now,
                  now)));
    } catch (DuplicateKeyException raced) {
      throw skuTaken(body.sku());
    }
  }

  ProductView update(WorkspaceAccess access, String productId, ProductRequest body) {
    Product current = load(access, productId);
    check(body);
    if (!current.sku().equals(body.sku())
        && products.existsByWorkspaceIdAndSku(access.workspaceId(), body.sku())) {
      throw skuTaken(body.sku());
    }
    try {
      store.edit(
          productId,
          body.name().strip(),
          body.description(),
          blankToNull(body.imageUrl()),
          body.priceMinor(),
          body.currency(),
          body.sku(),
          body.stock(),
          body.digital(),
          body.digital() ? body.deliveryContent() : null,
          clock.instant());
    } catch (DuplicateKeyException raced) {
      throw skuTaken(body.sku());
    }
    return get(access, productId);
  }

  void delete(WorkspaceAccess access, String productId) {
    products.delete(load(access, productId));
  }

  private Product load(WorkspaceAccess access, String productId) {
    return products
        .findByIdAndWorkspaceId(productId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Product"));
  }

  private static void check(ProductRequest body) {
    if (body.digital() && (body.deliveryContent() == null || body.deliveryContent().isBlank())) {
      throw ApiException.invalid(
          "deliveryContent", "is required for a digital product (a download URL or text)");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static ApiException skuTaken(String sku) {
    return new ApiException(
        HttpStatus.CONFLICT,
        "Conflict",
        "Another product of this workspace has the SKU " + sku,
        Map.of("sku", "is already used in this workspace"));
  }
}
