package com.mewayz.domain.billing;

import com.mewayz.workflows.billing.InvoiceStatus;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface InvoiceRepository extends MongoRepository<Invoice, String> {
  Page<Invoice> findByWorkspaceId(String workspaceId, Pageable page);

  Page<Invoice> findByWorkspaceIdAndStatus(String workspaceId, InvoiceStatus status, Pageable page);

  Optional<Invoice> findByIdAndWorkspaceId(String id, String workspaceId);
}
