package com.mewayz.api.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so clients can page. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

  /** Pages an in-memory list that is already sorted. */
  public static <S, T> PageResponse<T> of(
      List<S> all, PageRequestParams params, Function<S, T> map) {
    int from = Math.min(params.page() * params.size(), all.size());
    int to = Math.min(from + params.size(), all.size());
    return new PageResponse<>(
        all.subList(from, to).stream().map(map).toList(), params.page(), params.size(), all.size());
  }
}
