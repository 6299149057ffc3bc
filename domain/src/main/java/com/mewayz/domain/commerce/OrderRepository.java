package com.mewayz.domain.commerce;

import com.mewayz.workflows.commerce.OrderStatus;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OrderRepository extends MongoRepository<Order, String> {
  Page<Order> findByWorkspaceId(String workspaceId, Pageable page);

  Page<Order> findByWorkspaceIdAndStatus(String workspaceId, OrderStatus status, Pageable page);

  Optional<Order> findByIdAndWorkspaceId(String id, String workspaceId);
}
