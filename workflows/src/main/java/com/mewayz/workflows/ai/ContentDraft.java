package com.mewayz.workflows.ai;

import java.util.List;

/**
 * A piece of generated (or edited) content. Which fields are set depends on its {@link
 * ContentKind}; the others are null.
 */
public record ContentDraft(
    String title, String subject, String body, String metaDescription, List<String> sections) {

  public static ContentDraft text(String body) {
    return new ContentDraft(null, null, body, null, null);
  }

  public static ContentDraft email(String subject, String body) {
    return new ContentDraft(null, subject, body, null, null);
  }

  public static ContentDraft seo(String title, String metaDescription) {
    return new ContentDraft(title, null, null, metaDescription, null);
  }

  public static ContentDraft outline(String title, List<String> sections) {
    return new ContentDraft(title, null, null, null, List.copyOf(sections));
  }
}
