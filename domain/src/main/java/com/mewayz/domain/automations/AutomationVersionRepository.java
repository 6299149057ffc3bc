package com.mewayz.domain.automations;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AutomationVersionRepository extends MongoRepository<AutomationVersion, String> {
  List<AutomationVersion> findByAutomationIdOrderByVersionDesc(String automationId);
}
