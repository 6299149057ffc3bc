package com.mewayz.activities.ai;

import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a model's answer into a draft of its kind, or says precisely what is wrong with it. */
final class DraftParser {
  static final int SEO_TITLE_MAX = 70;
  static final int META_DESCRIPTION_MAX = 170;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DraftParser() {}

  /** Thrown with a message the model can act on. */
  static final class MalformedOutput extends Exception {
    MalformedOutput(String message) {
      super(message);
    }
  }

  static ContentDraft parse(ContentKind kind, String answer) throws MalformedOutput {
    JsonNode root = readObject(answer);
    return switch (kind) {
      case SOCIAL_POST, PRODUCT_DESCRIPTION -> ContentDraft.text(text(root, "body", 10_000));
      case EMAIL -> ContentDraft.email(text(root, "subject", 200), text(root, "body", 20_000));
      case SEO ->
          ContentDraft.seo(
              text(root, "title", SEO_TITLE_MAX),
              text(root, "metaDescription", META_DESCRIPTION_MAX));
      case LESSON_OUTLINE -> ContentDraft.outline(text(root, "title", 200), sections(root));
    };
  }

  static String toJson(ContentDraft draft) {
    Map<String, Object> fields = new LinkedHashMap<>();
    putIfSet(fields, "title", draft.title());
    putIfSet(fields, "subject", draft.subject());
    putIfSet(fields, "body", draft.body());
    putIfSet(fields, "metaDescription", draft.metaDescription());
    putIfSet(fields, "sections", draft.sections());
    return JSON.writeValueAsString(fields);
  }

  private static void putIfSet(Map<String, Object> fields, String name, Object value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  private static JsonNode readObject(String answer) throws MalformedOutput {
    if (answer == null || answer.isBlank()) {
      throw new MalformedOutput("the answer was empty");
    }
    String json = withoutCodeFence(answer.strip());
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new MalformedOutput("it is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new MalformedOutput("it is not a JSON object");
    }
    return root;
  }

  /** Models often wrap JSON in a Markdown code fence even when told not to. */
  private static String withoutCodeFence(String answer) {
    if (answer.startsWith("```")) {
      int firstLine = answer.indexOf('\n');
      int end = answer.lastIndexOf("```");
      if (firstLine > 0 && end > firstLine) {
        return answer.substring(firstLine + 1, end).strip();
      }
    }
    return answer;
  }

  private static String text(JsonNode root, String field, int max) throws MalformedOutput {
    JsonNode value = root.get(field);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new MalformedOutput("\"" + field + "\" must be a non-empty string");
    }
    String text = value.asString().strip();
    if (text.length() > max) {
      throw new MalformedOutput(
          "\"" + field + "\" has " + text.length() + " characters, at most " + max + " allowed");
    }
    return text;
  }

  private static List<String> sections(JsonNode root) throws MalformedOutput {
    JsonNode value = root.get("sections");
    if (value == null || !value.isArray() || value.isEmpty()) {
      throw new MalformedOutput("\"sections\" must be a non-empty list of strings");
    }
    List<String> sections = new ArrayList<>();
    for (JsonNode section : value) {
      if (!section.isString() || section.asString().isBlank()) {
        throw new MalformedOutput("every entry of \"sections\" must be a non-empty string");
      }
      sections.add(section.asString().strip());
    }
    return sections;
  }
}
