package com.mewayz.api.operations;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Temporal UI calls the codec endpoint from its own origin: only the configured ones may. */
@Configuration(proxyBeanMethods = false)
class TemporalCodecCors implements WebMvcConfigurer {
  private final List<String> origins;

  TemporalCodecCors(@Value("${mewayz.temporal.codec-origins:}") List<String> origins) {
    this.origins = origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    if (!origins.isEmpty()) {
      registry
          .addMapping("/api/temporal-codec/**")
          .allowedOrigins(origins.toArray(String[]::new))
          .allowedMethods("POST")
          .allowedHeaders("Content-Type", "X-Namespace", "Authorization");
    }
  }
}
