package com.mewayz.api.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What crawlers may read: the public link-in-bio pages, not the API, the app or the click redirects
 * (which would count as clicks).
 */
@RestController
class RobotsController {
  private static final String ROBOTS =
      """
      User-agent: *
      Disallow: /u/*/l/
      Allow: /u/
      Disallow: /
      """;

  @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> robots() {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(ROBOTS);
  }
}
