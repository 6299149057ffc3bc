package com.mewayz.domain.bookings;

import com.mewayz.workflows.bookings.BookingStatus;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface BookingRepository extends MongoRepository<Booking, String> {
  Page<Booking> findByWorkspaceId(String workspaceId, Pageable page);

  Page<Booking> findByWorkspaceIdAndStatus(String workspaceId, BookingStatus status, Pageable page);

  Optional<Booking> findByIdAndWorkspaceId(String id, String workspaceId);

  boolean existsByServiceIdAndStatus(String serviceId, BookingStatus status);
}
