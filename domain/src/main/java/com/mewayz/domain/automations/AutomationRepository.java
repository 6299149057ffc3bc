package com.mewayz.domain.automations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AutomationRepository extends MongoRepository<Automation, String> {
  Optional<Automation> findByIdAndWorkspaceId(String id, String workspaceId);

  List<Automation> findByWorkspaceIdOrderByNameAsc(String workspaceId);

  List<Automation> findByActiveVersionNotNull();

  List<Automation> findByWorkspaceIdAndActiveVersionNotNull(String workspaceId);
}
