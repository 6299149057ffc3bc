package com.mewayz.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description served at /v3/api-docs, shown by Swagger UI at /docs and ReDoc at /redoc. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI mewayzOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Mewayz API")
                .version("v1")
                .description(
                    "All-in-one business platform. Every answer is wrapped in {success, data,"
                        + " message, timestamp}; errors are application/problem+json with the"
                        + " field at fault in `details`."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
