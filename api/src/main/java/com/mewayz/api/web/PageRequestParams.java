package com.mewayz.api.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code ?page=0&size=20}: bound from query parameters and validated. */
public record PageRequestParams(@Min(0) Integer page, @Min(1) @Max(200) Integer size) {
  public PageRequestParams {
    page = page == null ? 0 : page;
    size = size == null ? 20 : size;
  }
}
