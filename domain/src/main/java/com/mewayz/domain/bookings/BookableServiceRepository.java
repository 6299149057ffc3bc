package com.mewayz.domain.bookings;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface BookableServiceRepository extends MongoRepository<BookableService, String> {
  Page<BookableService> findByWorkspaceId(String workspaceId, Pageable page);

  Optional<BookableService> findByIdAndWorkspaceId(String id, String workspaceId);

  Optional<BookableService> findByWorkspaceIdAndSlug(String workspaceId, String slug);

  boolean existsByWorkspaceIdAndSlug(String workspaceId, String slug);
}
