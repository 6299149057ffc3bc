package com.mewayz.workflows.automations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every trigger and step type: its ports and the JSON Schema of its parameters. The API publishes
 * this list, the designer builds its forms from it, the validator checks graphs against it, and the
 * interpreter runs it. A new feature adds its step types here.
 */
public final class NodeTypes {

  /**
   * One node type. {@code sideEffect} steps run as activities with retries; the others are computed
   * inside the workflow. Ports named by a parameter (a switch's cases) are listed by {@link
   * #portsOf}.
   */
  public record NodeType(
      String type,
      String category,
      String label,
      String description,
      List<String> ports,
      boolean sideEffect,
      Map<String, Object> paramsSchema) {

    public boolean isTrigger() {
      return category.equals("trigger");
    }
  }

  private static final Map<String, NodeType> TYPES = new LinkedHashMap<>();

  static {
    // Triggers
    add(
        "trigger.manual",
        "trigger",
        "Manual or API",
        "Started from the app or by POST /api/automations/{id}/runs with an input object.",
        List.of(Ports.OUT),
        false,
        object(properties("sampleInput", property("object", "Example input, used by Simulate"))));
    add(
        "trigger.event",
        "trigger",
        "Platform event",
        "Starts when something happens in the workspace, e.g. contact.created or order.paid.",
        List.of(Ports.OUT),
        false,
        object(
            properties(
                "event",
                withEnum(property("string", "The event type"), DomainEvents.TYPES, true),
                "filter",
                condition("Only start when the event's data matches"),
                "sampleInput",
                property("object", "Example event data, used by Simulate")),
            "event"));
    add(
        "trigger.webhook",
        "trigger",
        "Webhook",
        "Starts when JSON is POSTed to the automation's secret URL; the body is the input.",
        List.of(Ports.OUT),
        false,
        object(
            properties(
                "respond",
                property("boolean", "Answer the caller with the automation's output"),
                "timeout",
                duration("How long the caller waits for the output before getting 202"),
                "requireSignature",
                property(
                    "boolean",
                    "Require an X-Mewayz-Signature header: t=<unix seconds>,v1=<hex HMAC-SHA256"
                        + " of t.body with the webhook's signing secret>, at most 5 minutes old"))));
    add(
        "trigger.schedule",
        "trigger",
        "Schedule",
        "Starts on a cron schedule in a time zone.",
        List.of(Ports.OUT),
        false,
        object(
            properties(
                "cron",
                property(
                    "string",
                    "Quartz cron: seconds minutes hours day-of-month month day-of-week, e.g. 0 0 9"
                        + " ? * MON-FRI"),
                "timeZone",
                property("string", "IANA time zone, e.g. Europe/Paris")),
            "cron"));

    // Flow
    add(
        "flow.if",
        "flow",
        "If / else",
        "Goes on through 'true' when the condition holds, else through 'false'.",
        List.of(Ports.TRUE, Ports.FALSE),
        false,
        object(properties("condition", condition("The condition")), "condition"));
    Map<String, Object> switchCase =
        object(
            properties(
                "port",
                withPattern(
                    property("string", "Name of the port this case leaves by"),
                    "^[a-z][a-z0-9_-]{0,39}$"),
                "condition",
                condition("When this case applies")),
            "port",
            "condition");
    add(
        "flow.switch",
        "flow",
        "Switch",
        "Goes on through the port of the first case whose condition holds, else 'default'.",
        List.of(Ports.DEFAULT),
        false,
        object(properties("cases", array(switchCase, "Cases, tried in order")), "cases"));
    add(
        "flow.parallel",
        "flow",
        "Parallel branches",
        "Runs every branch connected to 'out' at the same time, up to their join.",
        List.of(Ports.OUT),
        false,
        object(properties()));
    add(
        "flow.join",
        "flow",
        "Join",
        "Where parallel branches meet: goes on when all have arrived, or the first ('any').",
        List.of(Ports.OUT),
        false,
        object(
            properties(
                "mode", withEnum(property("string", "all or any"), List.of("all", "any"), false))));
    Map<String, Object> loopParams = new LinkedHashMap<>();
    loopParams.put("items", expression("The list to go through, e.g. {{ trigger.order.items }}"));
    loopParams.put(
        "max",
        withRange(property("integer", "Most items handled (cap)"), 1, StepRunner.LOOP_HARD_CAP));
    add(
        "flow.loop",
        "flow",
        "Loop",
        "Runs the 'item' branch once per item ({{ loop.item }}, {{ loop.index }}), then 'done'.",
        List.of(Ports.ITEM, Ports.DONE),
        false,
        object(loopParams, "items"));
    add(
        "flow.end",
        "flow",
        "End",
        "Ends the run successfully, with an output (the webhook answer, a caller's result).",
        List.of(),
        false,
        object(properties("output", property("object", "The run's output"))));
    add(
        "flow.fail",
        "flow",
        "Fail",
        "Ends the run as failed with a message.",
        List.of(),
        false,
        object(properties("message", text("Why the run failed")), "message"));

    // Waiting
    add(
        "wait.delay",
        "wait",
        "Delay",
        "Waits for a duration, e.g. PT30M or P2D.",
        List.of(Ports.OUT),
        false,
        object(properties("duration", duration("How long to wait")), "duration"));
    add(
        "wait.until",
        "wait",
        "Wait until",
        "Waits until a moment, read in a time zone, moved by an offset such as -P1D.",
        List.of(Ports.OUT),
        false,
        object(
            properties(
                "at",
                text("A date-time: 2026-05-01T09:00, with Z or an offset, or an expression"),
                "timeZone",
                property("string", "IANA time zone for date-times without an offset"),
                "offset",
                property("string", "ISO-8601 offset: -P1D, PT2H, -P1DT30M")),
            "at"));
    add(
        "wait.event",
        "wait",
        "Wait for event",
        "Waits for an event of a type with a key (e.g. this order's order.paid), or times out.",
        List.of(Ports.OUT, Ports.TIMEOUT),
        false,
        object(
            properties(
                "event",
                property("string", "The event type"),
                "key",
                text("Correlation key, e.g. {{ trigger.order.id }}"),
                "timeout",
                duration("Give up after this long and leave through 'timeout'")),
            "event"));
    add(
        "approval.request",
        "wait",
        "Approval",
        "Waits for a person to approve or reject from the app or API, or times out.",
        List.of(Ports.APPROVED, Ports.REJECTED, Ports.TIMEOUT),
        false,
        object(
            properties(
                "message",
                text("What needs approving"),
                "timeout",
                duration("Leave through 'timeout' after this long")),
            "message"));

    // Data
    add(
        "data.set",
        "data",
        "Set variables",
        "Sets variables ({{ vars.name }}) from values and expressions.",
        List.of(Ports.OUT),
        false,
        object(
            properties("values", property("object", "Variable names and their values")), "values"));

    // Actions
    add(
        "automation.call",
        "action",
        "Call automation",
        "Runs another automation's active version with an input, waiting for its output.",
        List.of(Ports.OUT),
        false,
        object(
            properties(
                "automationId",
                property("string", "The automation to run"),
                "input",
                property("object", "Its input"),
                "wait",
                withDefault(property("boolean", "Wait for it to finish"), true)),
            "automationId"));
    Map<String, Object> http = new LinkedHashMap<>();
    http.put(
        "method",
        withEnum(
            property("string", "HTTP method"),
            List.of("GET", "POST", "PUT", "PATCH", "DELETE"),
            false));
    http.put("url", text("http(s) URL; private and loopback addresses are refused"));
    http.put("headers", property("object", "Request headers"));
    http.put("body", property(null, "JSON body (object, list or text)"));
    http.put("timeout", duration("Per-attempt timeout (default PT10S)"));
    add(
        "http.request",
        "action",
        "HTTP request",
        "Calls a URL; the response's status, headers and body (parsed JSON) become the output.",
        List.of(Ports.OUT),
        true,
        object(http, "url"));
    add(
        "email.send",
        "action",
        "Send email",
        "Sends an email through the platform's SMTP server, once per run and step.",
        List.of(Ports.OUT),
        true,
        object(
            properties(
                "to", text("Recipient address"),
                "subject", text("Subject"),
                "text", text("Plain-text body"),
                "html", text("HTML body (optional)")),
            "to",
            "subject",
            "text"));
    add(
        "contact.upsert",
        "action",
        "Create or update contact",
        "Creates the contact with this email in the workspace, or updates it.",
        List.of(Ports.OUT),
        true,
        object(
            properties(
                "email", text("Email address (the contact's key)"),
                "firstName", text("First name"),
                "lastName", text("Last name"),
                "phone", text("Phone"),
                "fields", property("object", "Custom fields")),
            "email"));
    add(
        "contact.tag",
        "action",
        "Tag contact",
        "Adds and removes tags on the contact with this email.",
        List.of(Ports.OUT),
        true,
        object(
            properties(
                "email", text("Email address"),
                "add", array(property("string", "Tag"), "Tags to add"),
                "remove", array(property("string", "Tag"), "Tags to remove")),
            "email"));

    // AI
    add(
        "ai.generate",
        "ai",
        "Generate with AI",
        "Writes a social post, an email, a product description, an SEO title and meta description"
            + " or a lesson outline with the workspace's AI provider and brand voice.",
        List.of(Ports.OUT),
        true,
        object(
            properties(
                "kind",
                withEnum(
                    property("string", "What to write"),
                    java.util.Arrays.stream(com.mewayz.workflows.ai.ContentKind.values())
                        .map(Enum::name)
                        .toList(),
                    false),
                "brief",
                text("What to write about, e.g. {{ trigger.product.name }} for spring"),
                "sourceMaterial",
                text("Facts the text must rely on (optional)")),
            "kind",
            "brief"));
  }

  private NodeTypes() {}

  public static List<NodeType> all() {
    return List.copyOf(TYPES.values());
  }

  public static Optional<NodeType> find(String type) {
    return Optional.ofNullable(TYPES.get(type));
  }

  /** Ports of a node: its type's, plus a switch's case ports, plus 'error' on steps. */
  public static List<String> portsOf(AutomationGraph.Node node) {
    NodeType type = TYPES.get(node.type());
    if (type == null) {
      return List.of();
    }
    List<String> ports = new ArrayList<>(type.ports());
    if (node.type().equals("flow.switch") && node.params().get("cases") instanceof List<?> cases) {
      for (Object c : cases) {
        if (c instanceof Map<?, ?> m && m.get("port") instanceof String port) {
          ports.add(0, port);
        }
      }
    }
    if (!type.isTrigger() && !node.type().equals("flow.end") && !node.type().equals("flow.fail")) {
      ports.add(Ports.ERROR);
    }
    return ports;
  }

  private static void add(
      String type,
      String category,
      String label,
      String description,
      List<String> ports,
      boolean sideEffect,
      Map<String, Object> schema) {
    TYPES.put(type, new NodeType(type, category, label, description, ports, sideEffect, schema));
  }

  // JSON Schema building blocks. "x-expression" marks strings that may hold {{ expressions }}.

  /**
   * Properties in the order they are declared: the designer lays its forms out in this order (to,
   * subject, text, html), which Map.of would shuffle.
   */
  private static Map<String, Object> properties(Object... namesAndSchemas) {
    if (namesAndSchemas.length % 2 != 0) {
      throw new IllegalArgumentException("properties takes name, schema pairs");
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < namesAndSchemas.length; i += 2) {
      if (properties.put((String) namesAndSchemas[i], namesAndSchemas[i + 1]) != null) {
        throw new IllegalArgumentException("Duplicate property " + namesAndSchemas[i]);
      }
    }
    return properties;
  }

  private static Map<String, Object> object(Map<String, Object> properties, String... required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", new LinkedHashMap<>(properties));
    schema.put("required", List.of(required));
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Map<String, Object> property(String type, String description) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type != null) {
      schema.put("type", type);
    }
    schema.put("description", description);
    return schema;
  }

  private static Map<String, Object> withDefault(Map<String, Object> schema, Object value) {
    schema.put("default", value);
    return schema;
  }

  private static Map<String, Object> text(String description) {
    Map<String, Object> schema = property("string", description);
    schema.put("x-expression", true);
    return schema;
  }

  private static Map<String, Object> expression(String description) {
    Map<String, Object> schema = text(description);
    schema.put("pattern", "^\\s*\\{\\{.*}}\\s*$");
    return schema;
  }

  private static Map<String, Object> duration(String description) {
    Map<String, Object> schema = text(description);
    schema.put("format", "duration");
    return schema;
  }

  private static Map<String, Object> array(Map<String, Object> items, String description) {
    Map<String, Object> schema = property("array", description);
    schema.put("items", items);
    return schema;
  }

  private static Map<String, Object> condition(String description) {
    Map<String, Object> rule =
        object(
            properties(
                "field", text("Left side, usually an expression"),
                "operator", withEnum(property("string", "Comparison"), Conditions.OPERATORS, false),
                "value", property(null, "Right side (not needed for exists / is_empty)")),
            "field",
            "operator");
    Map<String, Object> schema =
        object(
            properties(
                "match",
                withEnum(
                    property("string", "all rules, or any of them"), List.of("all", "any"), false),
                "rules",
                array(rule, "Rules")),
            "rules");
    schema.put("description", description);
    schema.put("x-condition", true);
    return schema;
  }

  private static Map<String, Object> withEnum(
      Map<String, Object> schema, List<String> values, boolean open) {
    schema.put(open ? "examples" : "enum", values);
    return schema;
  }

  private static Map<String, Object> withPattern(Map<String, Object> schema, String pattern) {
    schema.put("pattern", pattern);
    return schema;
  }

  private static Map<String, Object> withRange(Map<String, Object> schema, int min, int max) {
    schema.put("minimum", min);
    schema.put("maximum", max);
    return schema;
  }
}
