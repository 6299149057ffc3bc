package com.mewayz.domain.workspaces;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MembershipRepository extends MongoRepository<Membership, String> {
  List<Membership> findByUserId(String userId);

  List<Membership> findByWorkspaceIdOrderByJoinedAtAsc(String workspaceId);

  long countByWorkspaceIdAndRole(String workspaceId, WorkspaceRole role);

  void deleteByWorkspaceId(String workspaceId);
}
