package com.mewayz.api.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class PlatformEndpointsTest {
  @Autowired MockMvc mvc;

  @Test
  void healthReportsDatabaseAndTemporal() throws Exception {
    mvc.perform(get("/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.database.status").value("UP"))
        .andExpect(jsonPath("$.temporal.status").value("UP"))
        .andExpect(jsonPath("$.temporal.embedded").value(true))
        .andExpect(jsonPath("$.temporal.workersInThisProcess").value(true));
  }

  @Test
  void actuatorHealthIsUpWithTheEmbeddedDatabase() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void publishesTheOpenApiDescriptionSwaggerUiAndRedoc() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/auth/login")))
        .andExpect(content().string(containsString("/api/multi-workspace/workspaces")));
    mvc.perform(get("/docs")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/redoc")).andExpect(forwardedUrl("/redoc.html"));
  }

  @Test
  void exposesTemporalMetricsToPrometheus() throws Exception {
    mvc.perform(get("/actuator/prometheus"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("temporal_request_latency_seconds")));
  }

  @Test
  void servesTheSinglePageAppOnItsRoutes() throws Exception {
    mvc.perform(get("/workspaces/abc/members")).andExpect(forwardedUrl("/index.html"));
    mvc.perform(get("/invitations/some.token")).andExpect(forwardedUrl("/index.html"));
    mvc.perform(get("/learn/enrollment.signature")).andExpect(forwardedUrl("/index.html"));
    mvc.perform(get("/mails")).andExpect(forwardedUrl("/index.html"));
  }

  @Test
  void unknownApiPathsAreProblemJson404s() throws Exception {
    mvc.perform(get("/api/nothing-here").header("Authorization", "Bearer x"))
        .andExpect(status().isUnauthorized());
  }
}
