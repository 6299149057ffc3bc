package com.mewayz.domain.social;

import com.mewayz.workflows.social.SocialPostStatus;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SocialPostRepository extends MongoRepository<SocialPost, String> {
  Optional<SocialPost> findByIdAndWorkspaceId(String id, String workspaceId);

  Page<SocialPost> findByWorkspaceIdAndScheduledAtBetween(
      String workspaceId, Instant from, Instant to, Pageable page);

  Page<SocialPost> findByWorkspaceIdAndStatusAndScheduledAtBetween(
      String workspaceId, SocialPostStatus status, Instant from, Instant to, Pageable page);

  boolean existsByAccountIdsContainingAndStatus(String accountId, SocialPostStatus status);
}
