package com.mewayz.domain.courses;

import com.mewayz.domain.common.AppSecret;
import com.mewayz.domain.common.SignedIds;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A student's course link carries {@code enrollmentId.signature}: the student is not a member of
 * the workspace, and the signature (derived from the master secret, never stored, never in a
 * workflow history) is what lets them read what was released to them.
 */
@Component
public class EnrollmentLinks {
  private final SignedIds tokens;
  private final String publicUrl;

  public EnrollmentLinks(
      AppSecret secret, @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    this.tokens = new SignedIds(secret, "course-enrollment");
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  public String tokenFor(String enrollmentId) {
    return tokens.tokenFor(enrollmentId);
  }

  /** Where the student reads the course: the outline of what was released to them. */
  public String linkFor(String enrollmentId) {
    return publicUrl + "/api/courses/learn/" + tokenFor(enrollmentId);
  }

  /** The enrolment id a token stands for, when its signature is genuine. */
  public Optional<String> enrollmentIdOf(String token) {
    return tokens.idOf(token);
  }
}
