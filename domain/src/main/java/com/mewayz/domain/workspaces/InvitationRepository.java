package com.mewayz.domain.workspaces;

import com.mewayz.workflows.workspaces.InvitationStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface InvitationRepository extends MongoRepository<Invitation, String> {
  List<Invitation> findByWorkspaceIdOrderByCreatedAtDesc(String workspaceId);

  Optional<Invitation> findByIdAndWorkspaceId(String id, String workspaceId);

  boolean existsByWorkspaceIdAndEmailAndStatus(
      String workspaceId, String email, InvitationStatus status);

  void deleteByWorkspaceId(String workspaceId);
}
