package com.mewayz.domain.courses;

/** What a lesson holds: a text body (Markdown or HTML), or a link to a video. */
public enum LessonKind {
  CONTENT,
  VIDEO
}
