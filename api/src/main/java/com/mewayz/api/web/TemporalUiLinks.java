package com.mewayz.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links to a workflow run in Temporal UI, when {@code TEMPORAL_UI_URL} says where it is. */
@Component
public class TemporalUiLinks {
  private final String baseUrl;
  private final String namespace;

  public TemporalUiLinks(
      @Value("${mewayz.temporal.ui-url:}") String baseUrl,
      @Value("${mewayz.temporal.namespace:default}") String namespace) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.namespace = namespace;
  }

  /** The run's page, or null when Temporal UI's address is not configured. */
  public String workflow(String workflowId) {
    return baseUrl.isEmpty()
        ? null
        : baseUrl
            + "/namespaces/"
            + namespace
            + "/workflows/"
            + URLEncoder.encode(workflowId, StandardCharsets.UTF_8);
  }
}
