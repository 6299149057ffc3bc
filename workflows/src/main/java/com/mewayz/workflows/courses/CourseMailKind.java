package com.mewayz.workflows.courses;

/** The mails of an enrolment besides the release mails; each goes out at most once. */
public enum CourseMailKind {
  /** To the student at enrolment: welcome, with the link to the course. */
  WELCOME,
  /** To the student once every module is completed. */
  COMPLETED
}
