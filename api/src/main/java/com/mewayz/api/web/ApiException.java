package com.mewayz.api.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A failure the client can act on: its status, error name, message and per-field details. */
public class ApiException extends RuntimeException {
  private final HttpStatus status;
  private final String error;
  private final Map<String, String> details;
  private final List<?> problems;

  public ApiException(
      HttpStatus status, String error, String message, Map<String, String> details) {
    this(status, error, message, details, null);
  }

  public ApiException(
      HttpStatus status,
      String error,
      String message,
      Map<String, String> details,
      List<?> problems) {
    super(message);
    this.status = status;
    this.error = error;
    this.details = details;
    this.problems = problems;
  }

  /** Several problems at once (an automation graph), each naming where it is. */
  public static ApiException invalidAll(
      String message, Map<String, String> details, List<?> problems) {
    return new ApiException(HttpStatus.BAD_REQUEST, "ValidationError", message, details, problems);
  }

  /** Every problem, or null when the failure has only {@link #details()}. */
  public List<?> problems() {
    return problems;
  }

  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, "NotFound", what + " not found", Map.of());
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, "Conflict", message, Map.of());
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", message, Map.of());
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", message, Map.of());
  }

  public static ApiException invalid(String field, String problem) {
    return new ApiException(
        HttpStatus.BAD_REQUEST, "ValidationError", field + ": " + problem, Map.of(field, problem));
  }

  public static ApiException unavailable(String message) {
    return new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable", message, Map.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String error() {
    return error;
  }

  public Map<String, String> details() {
    return details;
  }
}
