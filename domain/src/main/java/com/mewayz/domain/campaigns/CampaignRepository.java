package com.mewayz.domain.campaigns;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CampaignRepository extends MongoRepository<Campaign, String> {
  List<Campaign> findByWorkspaceIdOrderByCreatedAtDesc(String workspaceId);

  Optional<Campaign> findByIdAndWorkspaceId(String id, String workspaceId);
}
