package com.mewayz.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;

/** The shape every 4xx answer has: problem+json with the envelope's fields. */
public final class ErrorFormat {
  private ErrorFormat() {}

  /** {@code success: false}, an error code, a message and details by field. */
  public static void assertFollowed(String what, MockHttpServletResponse response)
      throws Exception {
    String content = response.getContentAsString();
    assertThat(response.getContentType()).as(what).contains("json");
    assertThat(JsonPath.<Boolean>read(content, "$.success")).as(what).isFalse();
    assertThat(JsonPath.<String>read(content, "$.error")).as(what).isNotBlank();
    assertThat(JsonPath.<String>read(content, "$.message")).as(what).isNotBlank();
    assertThat(JsonPath.<Object>read(content, "$.details")).as(what).isInstanceOf(Map.class);
  }
}
