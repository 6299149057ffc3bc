package com.mewayz.domain.courses;

import com.mewayz.workflows.courses.EnrollmentStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EnrollmentRepository extends MongoRepository<Enrollment, String> {
  Page<Enrollment> findByWorkspaceIdAndCourseId(String workspaceId, String courseId, Pageable page);

  Page<Enrollment> findByWorkspaceIdAndCourseIdAndStatus(
      String workspaceId, String courseId, EnrollmentStatus status, Pageable page);

  Optional<Enrollment> findByIdAndWorkspaceIdAndCourseId(
      String id, String workspaceId, String courseId);

  List<Enrollment> findByCourseIdAndStatusIn(String courseId, Collection<EnrollmentStatus> status);

  boolean existsByCourseIdAndStudentEmailAndStatusIn(
      String courseId, String studentEmail, Collection<EnrollmentStatus> status);

  void deleteByCourseId(String courseId);
}
