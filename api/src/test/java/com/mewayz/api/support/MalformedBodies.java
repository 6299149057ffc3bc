package com.mewayz.api.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies no client should send, for property tests of the API: JSON of any shape with field
 * names the endpoints use and values of the wrong type, nesting thousands of levels deep, megabyte
 * strings, empty or truncated bodies, text that is not JSON, bytes that are not UTF-8, and bodies
 * sent under a content type that is not JSON.
 */
public final class MalformedBodies {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Field names found in Mewayz requests, so garbage lands on real fields. */
  private static final List<String> FIELDS =
      List.of(
          "name",
          "email",
          "firstName",
          "lastName",
          "phone",
          "tags",
          "fields",
          "priceMinor",
          "currency",
          "sku",
          "stock",
          "digital",
          "lines",
          "productId",
          "quantity",
          "customerEmail",
          "customerName",
          "paymentMethod",
          "items",
          "dueDate",
          "subject",
          "text",
          "html",
          "segmentId",
          "scheduledAt",
          "accountIds",
          "title",
          "slug",
          "description",
          "serviceId",
          "startsAt",
          "durationMinutes",
          "kind",
          "brief",
          "graph",
          "nodes",
          "edges",
          "settings",
          "id",
          "type",
          "params",
          "from",
          "to",
          "input",
          "version",
          "status",
          "links",
          "url",
          "amountMinor",
          "notes",
          "timeZone",
          "capacity",
          "blocks",
          "platform",
          "handle",
          "accessToken",
          "role",
          "password",
          "token",
          "rules",
          "filter",
          "page",
          "size",
          "unknownField");

  private MalformedBodies() {}

  /** A body: its content type (null: none sent), its bytes, and a short description. */
  public record Body(String contentType, byte[] content, String description) {
    static Body json(String text, String description) {
      return new Body("application/json", text.getBytes(StandardCharsets.UTF_8), description);
    }

    @Override
    public String toString() {
      return description + " (" + contentType + ", " + content.length + " bytes)";
    }
  }

  /** Any malformed body: mostly JSON of the wrong shape, sometimes one of the nastier kinds. */
  public static Arbitrary<Body> any() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, wrongShapes()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(nasty())),
        net.jqwik.api.Tuple.of(1, wrongContentTypes()));
  }

  /** JSON objects (or other JSON values) with Mewayz field names and values of any type. */
  public static Arbitrary<Body> wrongShapes() {
    return Arbitraries.randomValue(
        random -> {
          Object value = random.nextInt(8) == 0 ? value(random, 0) : object(random, 0);
          return Body.json(JSON.writeValueAsString(value), "generated JSON");
        });
  }

  /** The same bodies under a content type that is not JSON, or none. */
  public static Arbitrary<Body> wrongContentTypes() {
    return net.jqwik.api.Combinators.combine(
            wrongShapes(),
            Arbitraries.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data",
                "application/json; charset=nonsense",
                "",
                "none"))
        .as(
            (body, type) ->
                new Body(
                    type.equals("none") ? null : type,
                    body.content(),
                    "generated JSON as " + type));
  }

  /**
   * The worst bodies, which every endpoint gets: 10,000 levels of nesting, megabyte strings, nulls
   * in lists, nothing, text that is not JSON, JSON cut short, bytes that are not UTF-8.
   */
  public static List<Body> forEveryEndpoint() {
    List<Body> bodies = new ArrayList<>();
    int depth = 10_000;
    bodies.add(Body.json("[".repeat(depth) + "]".repeat(depth), depth + " nested arrays"));
    bodies.add(
        Body.json("{\"name\":".repeat(depth) + "1" + "}".repeat(depth), depth + " nested objects"));
    String megabyte = "x".repeat(1_000_000);
    Map<String, Object> huge = new LinkedHashMap<>();
    FIELDS.forEach(f -> huge.put(f, megabyte.substring(0, 1_000)));
    huge.put("name", megabyte);
    bodies.add(Body.json(JSON.writeValueAsString(huge), "1 MB strings"));
    literals(
        bodies,
        "",
        "not json",
        "{\"name\":",
        "{\"lines\": [null], \"items\": [null], \"tags\": [null], \"nodes\": [null]}");
    bodies.add(
        new Body(
            "application/json",
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
            "bytes that are not UTF-8"));
    return bodies;
  }

  /** More bodies that break parsers, drawn at random by {@link #any()}. */
  public static List<Body> nasty() {
    List<Body> bodies = new ArrayList<>(forEveryEndpoint());
    int depth = 600;
    bodies.add(Body.json("[".repeat(depth) + "]".repeat(depth), depth + " nested arrays"));
    bodies.add(
        Body.json("{\"name\":".repeat(depth) + "1" + "}".repeat(depth), depth + " nested objects"));
    bodies.add(
        Body.json(
            JSON.writeValueAsString(List.of("x".repeat(1_000_000))), "a 1 MB string in a list"));
    literals(
        bodies,
        " ",
        "null",
        "[]",
        "{}",
        "0",
        "-1",
        "true",
        "\"text\"",
        "{",
        "{\"name\": \"a\",}",
        "{\"name\": \"a\"}}",
        "<xml>no</xml>",
        "{\"name\": 1e999999}",
        "{\"quantity\": 99999999999999999999999999999}",
        "{\"priceMinor\": -9223372036854775809, \"stock\": 1.5}",
        "{\"name\": \"a\", \"name\": \"b\"}",
        "{\"graph\": {\"nodes\": [null], \"edges\": [null]}}",
        "{\"fields\": {\"\": null}, \"\\u0000\": \"\\u0000\"}",
        "\uFEFF{}",
        "{\"email\": \"\\ud800\"}");
    return bodies;
  }

  private static void literals(List<Body> bodies, String... texts) {
    for (String text : texts) {
      bodies.add(Body.json(text, "literal " + abbreviate(text)));
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  private static Map<String, Object> object(Random random, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      object.put(FIELDS.get(random.nextInt(FIELDS.size())), value(random, depth + 1));
    }
    return object;
  }

  private static Object value(Random random, int depth) {
    int kind = random.nextInt(depth > 4 ? 9 : 12);
    return switch (kind) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt();
      case 3 -> random.nextLong();
      case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(40));
      case 5 -> "";
      case 6 -> text(random);
      case 7 ->
          List.of("2026-13-45T25:61:00Z", "P-1D", "{{ trigger.x }}", "NaN", "0x10")
              .get(random.nextInt(5));
      case 8 -> random.nextInt(20) == 0 ? "y".repeat(100_000) : "z".repeat(random.nextInt(300));
      case 9, 10 -> object(random, depth);
      default -> {
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          list.add(value(random, depth + 1));
        }
        yield list;
      }
    };
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(
          random.nextInt(4) == 0 ? 0x1F600 + random.nextInt(50) : 32 + random.nextInt(0x2FF));
    }
    return text.toString();
  }
}
