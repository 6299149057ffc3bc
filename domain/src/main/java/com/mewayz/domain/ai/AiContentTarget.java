package com.mewayz.domain.ai;

/**
 * Where approved content goes. {@code targetId} is the product (PRODUCT_DESCRIPTION) or course
 * (COURSE_LESSON) id; {@code moduleId} the course's module; {@code fromName} and {@code fromEmail}
 * the sender of a CAMPAIGN_DRAFT.
 */
public record AiContentTarget(
    Type type, String targetId, String moduleId, String fromName, String fromEmail) {
  public enum Type {
    /** Kept in Mewayz only, to copy from. */
    NONE,
    SOCIAL_POST,
    CAMPAIGN_DRAFT,
    PRODUCT_DESCRIPTION,
    COURSE_LESSON
  }

  public static AiContentTarget none() {
    return new AiContentTarget(Type.NONE, null, null, null, null);
  }
}
