package com.mewayz.domain.crm;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SegmentRepository extends MongoRepository<Segment, String> {
  List<Segment> findByWorkspaceIdOrderByNameAsc(String workspaceId);

  Optional<Segment> findByIdAndWorkspaceId(String id, String workspaceId);

  boolean existsByWorkspaceIdAndName(String workspaceId, String name);
}
