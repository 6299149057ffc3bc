package com.mewayz.domain.workspaces;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface WorkspaceRepository extends MongoRepository<Workspace, String> {
  List<Workspace> findByIdIn(Collection<String> ids);

  boolean existsBySlug(String slug);
}
