package com.mewayz.api.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds {@code application/problem+json} answers that also carry the spec's envelope fields
 * ({@code success, error, message, details, timestamp}), so both kinds of clients read them.
 */
public final class Problems {
  private Problems() {}

  public static ProblemDetail of(
      HttpStatusCode status, String error, String message, Map<String, String> details) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    problem.setType(URI.create("https://mewayz.dev/problems/" + kebab(error)));
    HttpStatus known = HttpStatus.resolve(status.value());
    problem.setTitle(known == null ? error : known.getReasonPhrase());
    problem.setProperty("success", false);
    problem.setProperty("error", error);
    problem.setProperty("message", message);
    problem.setProperty("details", details);
    problem.setProperty("timestamp", Instant.now().toString());
    return problem;
  }

  public static ResponseEntity<ProblemDetail> response(
      HttpStatusCode status, String error, String message, Map<String, String> details) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(of(status, error, message, details));
  }

  private static String kebab(String error) {
    return error.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }
}
