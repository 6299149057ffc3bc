package com.mewayz.domain.courses;

/** A course is edited as a DRAFT; once PUBLISHED it takes enrolments. */
public enum CourseStatus {
  DRAFT,
  PUBLISHED
}
