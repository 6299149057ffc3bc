package com.mewayz.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app manifest of the built UI. Served here rather than as a plain static file because
 * neither the JDK nor Spring knows the {@code .webmanifest} type, and browsers want it exact.
 */
@Hidden // part of the UI, not of the API
@RestController
class WebAppManifestController {
  static final String MEDIA_TYPE = "application/manifest+json";
  private static final Resource MANIFEST = new ClassPathResource("static/manifest.webmanifest");

  @GetMapping(value = "/manifest.webmanifest", produces = MEDIA_TYPE)
  ResponseEntity<Resource> manifest() {
    if (!MANIFEST.exists()) {
      return ResponseEntity.notFound().build();
    }
    // Revalidated on every load, so a changed name or icon reaches installed apps.
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(MANIFEST);
  }
}
