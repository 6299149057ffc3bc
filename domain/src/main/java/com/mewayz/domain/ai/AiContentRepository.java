package com.mewayz.domain.ai;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AiContentRepository extends MongoRepository<AiContent, String> {
  Page<AiContent> findByWorkspaceId(String workspaceId, Pageable page);

  Optional<AiContent> findByIdAndWorkspaceId(String id, String workspaceId);
}
