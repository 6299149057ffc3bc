package com.mewayz.domain.linkinbio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface BioPageRepository extends MongoRepository<BioPage, String> {
  List<BioPage> findByWorkspaceIdOrderByCreatedAtDesc(String workspaceId);

  Optional<BioPage> findByIdAndWorkspaceId(String id, String workspaceId);

  Optional<BioPage> findBySlug(String slug);

  boolean existsBySlug(String slug);
}
