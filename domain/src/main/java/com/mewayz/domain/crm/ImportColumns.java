package com.mewayz.domain.crm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an import file's header maps onto contacts. Known columns are recognised by common names,
 * ignoring case, spaces, dashes and underscores ({@code Email}, {@code E-mail}, {@code First name},
 * {@code last_name}, {@code Phone}, {@code Tags}, {@code Consent}); every other column becomes a
 * custom field named after it (lower-case, non-alphanumerics turned into {@code _}).
 */
public final class ImportColumns {
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("email", "email"),
          Map.entry("emailaddress", "email"),
          Map.entry("firstname", "firstName"),
          Map.entry("givenname", "firstName"),
          Map.entry("lastname", "lastName"),
          Map.entry("surname", "lastName"),
          Map.entry("familyname", "lastName"),
          Map.entry("phone", "phone"),
          Map.entry("phonenumber", "phone"),
          Map.entry("mobile", "phone"),
          Map.entry("tags", "tags"),
          Map.entry("consent", "consent"),
          Map.entry("status", "consent"));
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final Map<String, Integer> known = new LinkedHashMap<>();
  private final Map<String, Integer> custom = new LinkedHashMap<>();

  public ImportColumns(List<String> header) {
    for (int column = 0; column < header.size(); column++) {
      int i = column;
      String raw = header.get(i) == null ? "" : header.get(i).strip();
      String squashed = raw.toLowerCase(Locale.ROOT).replaceAll("[\\s_.-]", "");
      String property = KNOWN.get(squashed);
      if (property != null) {
        known.putIfAbsent(property, i);
      } else if (!raw.isEmpty()) {
        fieldName(raw).ifPresent(name -> custom.putIfAbsent(name, i));
      }
    }
  }

  /** The custom field a column becomes, if its name can be made one. */
  static Optional<String> fieldName(String column) {
    String name = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    name = name.replaceAll("^_+|_+$", "");
    return FIELD_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
  }

  public boolean hasEmail() {
    return known.containsKey("email");
  }

  /** The value of a known property ({@code email}, {@code firstName}...) in a row, or null. */
  public String value(List<String> row, String property) {
    Integer index = known.get(property);
    if (index == null || index >= row.size()) {
      return null;
    }
    String value = row.get(index);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The row's custom fields that have a value. */
  public Map<String, Object> fields(List<String> row) {
    Map<String, Object> fields = new LinkedHashMap<>();
    custom.forEach(
        (name, index) -> {
          if (index < row.size() && row.get(index) != null && !row.get(index).isBlank()) {
            fields.put(name, row.get(index).strip());
          }
        });
    return fields;
  }
}
