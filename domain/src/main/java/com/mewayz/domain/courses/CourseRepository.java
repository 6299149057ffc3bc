package com.mewayz.domain.courses;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CourseRepository extends MongoRepository<Course, String> {
  Page<Course> findByWorkspaceId(String workspaceId, Pageable page);

  Optional<Course> findByIdAndWorkspaceId(String id, String workspaceId);
}
