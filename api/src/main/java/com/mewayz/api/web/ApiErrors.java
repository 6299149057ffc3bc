package com.mewayz.api.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Turns every failure into one problem+json shape naming the field at fault. */
@RestControllerAdvice
public class ApiErrors {
  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    ResponseEntity<ProblemDetail> response =
        Problems.response(e.status(), e.error(), e.getMessage(), e.details());
    if (e.problems() != null) {
      response.getBody().setProperty("problems", e.problems());
    }
    if (e instanceof RetryLaterException later) {
      return ResponseEntity.status(response.getStatusCode())
          .headers(response.getHeaders())
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(later.retryAfterSeconds()))
          .body(response.getBody());
    }
    return response;
  }

  /** An upload above {@code spring.servlet.multipart.max-file-size}. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
    return Problems.response(
        HttpStatus.CONTENT_TOO_LARGE,
        "PayloadTooLarge",
        "The file is too large: split it into smaller files",
        Map.of("file", "is too large"));
  }

  @ExceptionHandler(BindException.class)
  ResponseEntity<ProblemDetail> invalidBody(BindException e) {
    Map<String, String> details = new LinkedHashMap<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(f -> details.putIfAbsent(f.getField(), f.getDefaultMessage()));
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(g -> details.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
    return validation(details);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
    Map<String, String> details = new LinkedHashMap<>();
    e.getParameterValidationResults()
        .forEach(
            result ->
                result
                    .getResolvableErrors()
                    .forEach(
                        error ->
                            details.putIfAbsent(
                                fieldOf(error, result.getMethodParameter().getParameterName()),
                                error.getDefaultMessage())));
    return validation(details);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
    Map<String, String> details = new LinkedHashMap<>();
    e.getConstraintViolations()
        .forEach(
            v -> {
              String path = v.getPropertyPath().toString();
              details.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
            });
    return validation(details);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
      String field =
          json.getPath().stream()
              .map(
                  r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
              .orElse("body");
      String problem = "has the wrong type or format";
      if (json instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
        problem =
            "must be one of "
                + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
      }
      return validation(Map.of(field, problem));
    }
    return Problems.response(
        HttpStatus.BAD_REQUEST,
        "ValidationError",
        "The request body is missing or is not valid JSON of the expected shape",
        Map.of("body", "missing or malformed"));
  }

  /**
   * Spring Security's firewall checks parameter names and values when they are first read: for a
   * form-encoded body that happens while the body is read, inside the handler, not in the filter.
   */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
    return Problems.response(
        HttpStatus.BAD_REQUEST,
        "ValidationError",
        "The request holds parameter names or values that are not allowed; send the body as"
            + " application/json",
        Map.of("body", "has parameter names or values that are not allowed"));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return validation(Map.of(e.getName(), "has the wrong type or format"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return validation(Map.of(e.getParameterName(), "is required"));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
    return validation(Map.of(e.getHeaderName(), "header is required"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return Problems.response(
        HttpStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", e.getMessage(), Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return Problems.response(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "UnsupportedMediaType",
        "Send the body as application/json",
        Map.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return Problems.response(
        HttpStatus.NOT_FOUND, "NotFound", "No such endpoint: /" + e.getResourcePath(), Map.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error", e);
    return Problems.response(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "InternalError",
        "Something went wrong on our side; the error was logged. Try again, and report it if it"
            + " persists.",
        Map.of());
  }

  private static ResponseEntity<ProblemDetail> validation(Map<String, String> details) {
    String message =
        details.isEmpty()
            ? "The request is invalid"
            : details.entrySet().stream()
                .map(d -> d.getKey() + ": " + d.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    return Problems.response(HttpStatus.BAD_REQUEST, "ValidationError", message, details);
  }

  private static String fieldOf(
      org.springframework.context.MessageSourceResolvable error, String parameter) {
    if (error instanceof org.springframework.validation.FieldError field) {
      return field.getField();
    }
    return parameter == null ? "request" : parameter;
  }
}
