package com.mewayz.api.dev;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mails the embedded SMTP sink received, for trying Mewayz without a mail server. With a real
 * SMTP server configured there is no sink, and these endpoints answer 404.
 */
@RestController
@RequestMapping("/api/dev/mails")
class DevMailController {
  private final ObjectProvider<EmbeddedMailSink> sink;

  DevMailController(ObjectProvider<EmbeddedMailSink> sink) {
    this.sink = sink;
  }

  @GetMapping
  ApiResponse<Map<String, List<ReceivedMail>>> list() {
    return ApiResponse.ok(Map.of("items", sink().mails()));
  }

  @DeleteMapping
  ApiResponse<Void> clear() {
    sink().clear();
    return ApiResponse.ok(null, "Mail sink emptied");
  }

  private EmbeddedMailSink sink() {
    EmbeddedMailSink available = sink.getIfAvailable();
    if (available == null) {
      throw ApiException.notFound("The mail sink runs only in embedded mode (no SMTP_HOST); it");
    }
    return available;
  }
}
