package com.mewayz.activities.campaigns;

import com.mewayz.activities.mail.Html;
import com.mewayz.domain.crm.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge tags of a campaign: {@code {{first_name}}}, {@code {{last_name}}}, {@code {{email}}},
 * {@code {{field.plan}}} (a custom field) and {@code {{unsubscribe_url}}}, each with an optional
 * fallback after a bar: {@code {{first_name|there}}}. Values are HTML-escaped in the HTML body.
 */
public final class MergeTags {
  private static final Pattern TAG =
      Pattern.compile("\\{\\{\\s*([a-z_]+(?:\\.[A-Za-z0-9_]+)?)\\s*(?:\\|([^}]*))?}}");
  private static final List<String> NAMES =
      List.of("first_name", "last_name", "email", "unsubscribe_url");

  private MergeTags() {}

  /** The tags a template uses that Mewayz does not know, for a clear refusal at save time. */
  public static List<String> unknown(String template) {
    List<String> unknown = new ArrayList<>();
    if (template == null) {
      return unknown;
    }
    Matcher m = TAG.matcher(template);
    while (m.find()) {
      String name = m.group(1);
      if (!NAMES.contains(name) && !name.startsWith("field.")) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  public static String render(
      String template, Contact contact, String unsubscribeUrl, boolean html) {
    if (template == null) {
      return null;
    }
    Matcher m = TAG.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = value(m.group(1), contact, unsubscribeUrl);
      if (value == null || value.isBlank()) {
        value = m.group(2) == null ? "" : m.group(2).strip();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(html ? Html.escape(value) : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String value(String name, Contact contact, String unsubscribeUrl) {
    return switch (name) {
      case "first_name" -> contact.firstName();
      case "last_name" -> contact.lastName();
      case "email" -> contact.email();
      case "unsubscribe_url" -> unsubscribeUrl;
      default -> {
        Map<String, Object> fields = contact.fields();
        Object v = fields == null ? null : fields.get(name.substring("field.".length()));
        yield v == null ? null : v.toString();
      }
    };
  }
}
