package com.mewayz.workflows.ai;

/**
 * What the model writes, and which fields of a {@link ContentDraft} it fills. The names are
 * recorded in histories: never rename one.
 */
public enum ContentKind {
  /** {@code body}: the post's text. */
  SOCIAL_POST,
  /** {@code subject} and {@code body}. */
  EMAIL,
  /** {@code body}: the product's description. */
  PRODUCT_DESCRIPTION,
  /** {@code title} (up to 60 characters) and {@code metaDescription} (up to 160). */
  SEO,
  /** {@code title} and {@code sections}: the lesson's outline, one entry per section. */
  LESSON_OUTLINE
}
