package com.mewayz.domain.commerce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProductRepository extends MongoRepository<Product, String> {
  List<Product> findByWorkspaceIdOrderByCreatedAtDesc(String workspaceId);

  Optional<Product> findByIdAndWorkspaceId(String id, String workspaceId);

  boolean existsByWorkspaceIdAndSku(String workspaceId, String sku);
}
