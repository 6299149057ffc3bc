package com.mewayz.api.web;

import static com.mewayz.domain.common.Hashes.sha256;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Weak ETags of what an endpoint answers, so pages that poll (runs, orders, imports) get a 304 with
 * no body while nothing changed. The tag is a hash of the answer's JSON.
 */
@Component
public class ContentTags {
  private final JsonMapper json;

  public ContentTags(JsonMapper json) {
    this.json = json;
  }

  public String of(Object answer) {
    return "W/\"" + sha256(json.writeValueAsBytes(answer)).substring(0, 32) + "\"";
  }

  /** The answer, or null (and a 304 on the way out) when the client holds it already. */
  public <T> ApiResponse<T> okUnlessNotModified(WebRequest request, T answer) {
    return request.checkNotModified(of(answer)) ? null : ApiResponse.ok(answer);
  }
}
