package com.mewayz.domain.courses;

import com.mewayz.domain.common.AppSecret;
import com.mewayz.domain.common.SignedLinks;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A student's course link carries {@code enrollmentId.signature}: the student is not a member of
 * the workspace, and the signature is what lets them read what was released to them. The link opens
 * the student page of the UI, which reads the outline as released to them from {@code
 * /api/courses/learn/{token}}.
 */
@Component
public class EnrollmentLinks extends SignedLinks {

  public EnrollmentLinks(
      AppSecret secret, @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    super(secret, "course-enrollment", publicUrl, "/learn/");
  }

  /** The enrolment id a token stands for, when its signature is genuine. */
  public Optional<String> enrollmentIdOf(String token) {
    return idOf(token);
  }
}
