package com.mewayz.activities.ai;

import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;

/**
 * What the model is asked. Every kind answers one JSON object, so a structured result (an email's
 * subject and body, an outline's sections) is read without guessing; {@link DraftParser} checks it.
 */
final class Prompts {
  private Prompts() {}

  static String system(ContentKind kind, String brandVoice) {
    String voice =
        brandVoice == null || brandVoice.isBlank()
            ? "Write in a clear, friendly, professional voice."
            : "Write in this brand voice: " + brandVoice.strip();
    return "You write marketing and teaching content for a small business. "
        + voice
        + " Use only facts from the brief and the source material; never invent prices, dates,"
        + " names or claims. Answer with exactly one JSON object and nothing else: "
        + shape(kind);
  }

  static String user(ContentKind kind, String brief, String source) {
    StringBuilder text = new StringBuilder("Write ").append(what(kind)).append(".\n\nBrief:\n");
    text.append(brief.strip());
    if (source != null && !source.isBlank()) {
      text.append("\n\nSource material:\n").append(source.strip());
    }
    return text.toString();
  }

  static String revision(String feedback, ContentDraft rejected) {
    return "A person rejected this draft:\n"
        + DraftParser.toJson(rejected)
        + "\n\nTheir feedback: "
        + feedback.strip()
        + "\n\nWrite a new draft that follows the feedback, as the same JSON object.";
  }

  static String repair(String problem) {
    return "That answer could not be used: "
        + problem
        + ". Answer again with only the JSON object described, nothing before or after it.";
  }

  private static String what(ContentKind kind) {
    return switch (kind) {
      case SOCIAL_POST -> "a social media post (under 280 characters unless the brief says more)";
      case EMAIL -> "a marketing email with a subject line and a plain-text body";
      case PRODUCT_DESCRIPTION -> "a product description for an online store";
      case SEO -> "an SEO page title (at most 60 characters) and meta description (at most 160)";
      case LESSON_OUTLINE -> "an outline of a course lesson: its title and its sections";
    };
  }

  private static String shape(ContentKind kind) {
    return switch (kind) {
      case SOCIAL_POST, PRODUCT_DESCRIPTION -> "{\"body\": \"...\"}";
      case EMAIL -> "{\"subject\": \"...\", \"body\": \"...\"}";
      case SEO -> "{\"title\": \"...\", \"metaDescription\": \"...\"}";
      case LESSON_OUTLINE -> "{\"title\": \"...\", \"sections\": [\"...\", \"...\"]}";
    };
  }
}
