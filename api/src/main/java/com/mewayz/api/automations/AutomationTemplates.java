package com.mewayz.api.automations;

import com.mewayz.domain.automations.AutomationValidator;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ready automations Mewayz ships, one JSON file each under {@code automation-templates/}. They
 * are read and validated once at start, so a broken template stops the app instead of reaching an
 * owner.
 */
@Component
class AutomationTemplates {
  /**
   * Stands in a template for the address of whoever creates an automation from it: the graph has no
   * expression for "the owner", and the creator is the person who wants these mails.
   */
  static final String CREATOR_EMAIL = "${creator.email}";

  private static final String LOCATION = "classpath*:automation-templates/*.json";

  private final List<Template> templates;

  AutomationTemplates(JsonMapper json) {
    this.templates = load(json);
  }

  /**
   * A ready automation. Its trigger carries a {@code sampleInput} shaped like the event's data, so
   * Simulate works on it at once.
   */
  record Template(
      String id, String name, String description, String category, AutomationGraph graph) {

    /** The event that starts it, or null for triggers that are not platform events. */
    String triggerEvent() {
      return graph
          .trigger()
          .filter(t -> t.type().equals("trigger.event"))
          .map(t -> (String) t.params().get("event"))
          .orElse(null);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> sampleInput() {
      return graph
          .trigger()
          .map(t -> t.params().get("sampleInput"))
          .filter(Map.class::isInstance)
          .map(sample -> (Map<String, Object>) sample)
          .orElse(Map.of());
    }

    /** The graph an owner gets, with the template's placeholders filled in. */
    AutomationGraph graphFor(String creatorEmail) {
      List<Node> nodes =
          graph.nodes().stream()
              .map(
                  n ->
                      new Node(
                          n.id(),
                          n.type(),
                          n.name(),
                          fill(n.params(), creatorEmail),
                          n.retry(),
                          n.position()))
              .toList();
      return new AutomationGraph(nodes, graph.edges(), graph.settings());
    }

    @SuppressWarnings("unchecked")
    private static <T> T fill(T value, String creatorEmail) {
      if (value instanceof String s) {
        return (T) s.replace(CREATOR_EMAIL, creatorEmail);
      }
      if (value instanceof Map<?, ?> map) {
        Map<Object, Object> filled = new LinkedHashMap<>();
        map.forEach((k, v) -> filled.put(k, fill(v, creatorEmail)));
        return (T) filled;
      }
      if (value instanceof List<?> list) {
        return (T) list.stream().map(v -> fill(v, creatorEmail)).toList();
      }
      return value;
    }
  }

  List<Template> all() {
    return templates;
  }

  Optional<Template> find(String id) {
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  private static List<Template> load(JsonMapper json) {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
      return Arrays.stream(files)
          .map(file -> read(json, file))
          .sorted(Comparator.comparing(Template::category).thenComparing(Template::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the automation templates", e);
    }
  }

  private static Template read(JsonMapper json, Resource file) {
    try (InputStream in = file.getInputStream()) {
      Template template = json.readValue(in, Template.class);
      List<AutomationValidator.Problem> problems = AutomationValidator.validate(template.graph());
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "Automation template " + file.getFilename() + " is invalid: " + problems);
      }
      return template;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file.getFilename(), e);
    }
  }
}
