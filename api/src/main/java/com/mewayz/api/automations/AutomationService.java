package com.mewayz.api.automations;

import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.automations.Automation;
import com.mewayz.domain.automations.AutomationRepository;
import com.mewayz.domain.automations.AutomationValidator;
import com.mewayz.domain.automations.AutomationValidator.Problem;
import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.domain.automations.AutomationVersionRepository;
import com.mewayz.workflows.automations.AutomationGraph;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Automations of a workspace: drafts, immutable published versions, the active one. */
@Service
public class AutomationService {
  private final AutomationRepository automations;
  private final AutomationVersionRepository versions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AutomationService(
      AutomationRepository automations,
      AutomationVersionRepository versions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.automations = automations;
    this.versions = versions;
    this.events = events;
    this.clock = clock;
  }

  /** Published when an automation's active version changes, so triggers can follow. */
  public record ActiveVersionChanged(String automationId) {}

  Automation create(WorkspaceAccess access, AutomationViews.AutomationRequest request) {
    AutomationGraph graph = graphOrEmpty(request.graph());
    requireValidDraft(graph);
    Instant now = clock.instant();
    return automations.insert(
        new Automation(
            new ObjectId().toHexString(),
            access.workspaceId(),
            request.name().trim(),
            request.description(),
            graph,
            null,
            0,
            now,
            access.userId(),
            now,
            access.userId()));
  }

  PageResponse<Automation> list(WorkspaceAccess access, String search, PageRequestParams page) {
    String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    List<Automation> matching =
        automations.findByWorkspaceIdOrderByNameAsc(access.workspaceId()).stream()
            .filter(a -> needle.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(needle))
            .toList();
    return PageResponse.of(matching, page, a -> a);
  }

  public Automation get(WorkspaceAccess access, String id) {
    return automations
        .findByIdAndWorkspaceId(id, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Automation"));
  }

  Automation update(WorkspaceAccess access, String id, AutomationViews.AutomationRequest request) {
    Automation automation = get(access, id);
    AutomationGraph graph = request.graph() == null ? automation.draft() : request.graph();
    requireValidDraft(graph);
    return automations.save(
        automation.withDraft(
            request.name().trim(), request.description(), graph, access.userId(), clock.instant()));
  }

  void delete(WorkspaceAccess access, String id) {
    Automation automation = get(access, id);
    automations.delete(automation);
    events.publishEvent(new ActiveVersionChanged(automation.id()));
  }

  /**
   * Publishes the draft (or, with {@code from}, an earlier version: a roll back) as the next
   * version, and makes it active unless told not to. Runs in flight keep their own version.
   */
  AutomationVersion publish(
      WorkspaceAccess access, String id, AutomationViews.PublishRequest request) {
    Automation automation = get(access, id);
    AutomationGraph graph = automation.draft();
    String summary = request.summary();
    if (request.from() != null) {
      graph = version(automation, request.from()).graph();
      summary = summary == null ? "Rolled back to version " + request.from() : summary;
    }
    requireValid(graph);
    int next = automation.latestVersion() + 1;
    Instant now = clock.instant();
    AutomationVersion version;
    try {
      version =
          versions.insert(
              new AutomationVersion(
                  AutomationVersion.idOf(automation.id(), next),
                  automation.id(),
                  automation.workspaceId(),
                  next,
                  graph,
                  summary == null ? describeChange(automation, graph) : summary,
                  now,
                  access.userId()));
    } catch (DuplicateKeyException raced) {
      throw ApiException.conflict("Another publish of this automation happened just now; retry");
    }
    boolean activate = !Boolean.FALSE.equals(request.activate());
    Automation updated = automation.published(next, access.userId(), now);
    if (!activate) {
      updated = updated.withActiveVersion(automation.activeVersion(), access.userId(), now);
    }
    if (request.from() != null) {
      updated =
          updated.withDraft(updated.name(), updated.description(), graph, access.userId(), now);
    }
    automations.save(updated);
    events.publishEvent(new ActiveVersionChanged(automation.id()));
    return version;
  }

  List<AutomationVersion> versions(WorkspaceAccess access, String id) {
    return versions.findByAutomationIdOrderByVersionDesc(get(access, id).id());
  }

  public AutomationVersion version(Automation automation, int version) {
    return versions
        .findById(AutomationVersion.idOf(automation.id(), version))
        .orElseThrow(() -> ApiException.notFound("Version " + version));
  }

  Automation activate(WorkspaceAccess access, String id, Integer version) {
    Automation automation = get(access, id);
    int chosen = version == null ? automation.latestVersion() : version;
    if (chosen == 0) {
      throw ApiException.conflict("Publish the automation before activating it");
    }
    version(automation, chosen);
    Automation saved =
        automations.save(automation.withActiveVersion(chosen, access.userId(), clock.instant()));
    events.publishEvent(new ActiveVersionChanged(automation.id()));
    return saved;
  }

  Automation deactivate(WorkspaceAccess access, String id) {
    Automation automation = get(access, id);
    Automation saved =
        automations.save(automation.withActiveVersion(null, access.userId(), clock.instant()));
    events.publishEvent(new ActiveVersionChanged(automation.id()));
    return saved;
  }

  /** The version a new run uses: the one asked for, or the active one. */
  public AutomationVersion runnable(Automation automation, Integer requested) {
    Integer version = requested != null ? requested : automation.activeVersion();
    if (version == null) {
      throw ApiException.conflict(
          "The automation has no active version: publish or activate one first");
    }
    return version(automation, version);
  }

  private static AutomationGraph graphOrEmpty(AutomationGraph graph) {
    return graph == null ? new AutomationGraph(List.of(), List.of(), null) : graph;
  }

  /** A draft may be empty while it is being drawn; once it has nodes it must be valid. */
  private static void requireValidDraft(AutomationGraph graph) {
    if (!graph.nodes().isEmpty()) {
      requireValid(graph);
    }
  }

  static void requireValid(AutomationGraph graph) {
    List<Problem> problems = AutomationValidator.validate(graph);
    if (problems.isEmpty()) {
      AutomationSchedules.validate(graph);
      return;
    }
    Map<String, String> details = new LinkedHashMap<>();
    problems.forEach(p -> details.merge(p.path(), p.message(), (a, b) -> a + "; " + b));
    throw ApiException.invalidAll(
        "The automation has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ": "
            + problems.get(0).path()
            + " "
            + problems.get(0).message()
            + (problems.size() > 1 ? " (and more)" : ""),
        details,
        problems);
  }

  /** A short summary of what changed since the last version, for the version history. */
  private String describeChange(Automation automation, AutomationGraph graph) {
    if (automation.latestVersion() == 0) {
      return "First version: " + graph.nodes().size() + " steps";
    }
    AutomationGraph previous =
        versions
            .findById(AutomationVersion.idOf(automation.id(), automation.latestVersion()))
            .map(AutomationVersion::graph)
            .orElse(null);
    if (previous == null) {
      return graph.nodes().size() + " steps";
    }
    List<String> before = previous.nodes().stream().map(AutomationGraph.Node::id).toList();
    List<String> after = graph.nodes().stream().map(AutomationGraph.Node::id).toList();
    long added = after.stream().filter(n -> !before.contains(n)).count();
    long removed = before.stream().filter(n -> !after.contains(n)).count();
    long changed =
        graph.nodes().stream()
            .filter(n -> previous.node(n.id()).map(p -> !p.equals(n)).orElse(false))
            .count();
    boolean edges = !previous.edges().equals(graph.edges());
    return "%d added, %d removed, %d changed steps%s"
        .formatted(added, removed, changed, edges ? "; connections changed" : "");
  }
}
