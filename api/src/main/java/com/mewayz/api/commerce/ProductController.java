package com.mewayz.api.commerce;

import com.mewayz.api.commerce.CommerceViews.ProductRequest;
import com.mewayz.api.commerce.CommerceViews.ProductView;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's products: what its store sells, at which price, with how much in stock. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/ecommerce/products")
class ProductController {
  private final ProductService products;

  ProductController(ProductService products) {
    this.products = products;
  }

  @GetMapping
  ApiResponse<List<ProductView>> list(WorkspaceAccess access) {
    return ApiResponse.ok(products.list(access));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<ProductView> create(WorkspaceAccess access, @Valid @RequestBody ProductRequest body) {
    return ApiResponse.ok(products.create(access, body), "Product created");
  }

  @GetMapping("/{productId}")
  ApiResponse<ProductView> get(WorkspaceAccess access, @PathVariable String productId) {
    return ApiResponse.ok(products.get(access, productId));
  }

  @PutMapping("/{productId}")
  ApiResponse<ProductView> update(
      WorkspaceAccess access,
      @PathVariable String productId,
      @Valid @RequestBody ProductRequest body) {
    return ApiResponse.ok(products.update(access, productId, body), "Product saved");
  }

  @DeleteMapping("/{productId}")
  ApiResponse<Void> delete(WorkspaceAccess access, @PathVariable String productId) {
    products.delete(access, productId);
    return ApiResponse.ok(null, "Product deleted");
  }
}
