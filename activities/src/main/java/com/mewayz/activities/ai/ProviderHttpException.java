package com.mewayz.activities.ai;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/**
 * A provider's non-2xx answer with what LangChain4j's own exception leaves out: how long the
 * provider asked us to wait ({@code Retry-After}), null when it did not say.
 */
class ProviderHttpException extends HttpException {
  private final Duration retryAfter;

  ProviderHttpException(int statusCode, String body, Duration retryAfter) {
    super(statusCode, body);
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
