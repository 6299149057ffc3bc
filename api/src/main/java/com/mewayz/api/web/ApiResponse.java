package com.mewayz.api.web;

import java.time.Instant;

/** The success envelope of every API answer. */
public record ApiResponse<T>(boolean success, T data, String message, Instant timestamp) {
  public static <T> ApiResponse<T> ok(T data) {
    return new ApiResponse<>(true, data, "OK", Instant.now());
  }

  public static <T> ApiResponse<T> ok(T data, String message) {
    return new ApiResponse<>(true, data, message, Instant.now());
  }
}
