package com.mewayz.api.automations;

import com.mewayz.api.automations.AutomationViews.AutomationView;
import com.mewayz.api.automations.AutomationViews.RunView;
import com.mewayz.api.automations.AutomationViews.VersionView;
import com.mewayz.api.automations.AutomationViews.WebhookView;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.IdempotencyFilter;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.RequiresRole;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.automations.Automation;
import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.domain.workspaces.WorkspaceRole;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Automations of the workspace named by the X-Workspace-Id header. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/automations")
class AutomationController {
  private final AutomationService automations;
  private final RunService runs;
  private final WebhookLinks webhooks;

  private final Simulator simulator;
  private final Publishers publishers;

  AutomationController(
      AutomationService automations,
      RunService runs,
      WebhookLinks webhooks,
      Simulator simulator,
      Publishers publishers) {
    this.automations = automations;
    this.runs = runs;
    this.webhooks = webhooks;
    this.simulator = simulator;
    this.publishers = publishers;
  }

  @GetMapping
  ApiResponse<PageResponse<AutomationView>> list(
      WorkspaceAccess access,
      @RequestParam(required = false) String q,
      @Valid PageRequestParams page) {
    PageResponse<Automation> found = automations.list(access, q, page);
    return ApiResponse.ok(
        new PageResponse<>(
            found.items().stream().map(AutomationView::of).toList(),
            found.page(),
            found.size(),
            found.total()));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<AutomationView> create(
      WorkspaceAccess access, @Valid @RequestBody AutomationViews.AutomationRequest body) {
    return ApiResponse.ok(
        AutomationView.of(automations.create(access, body)), "Automation created");
  }

  @GetMapping("/{id}")
  ApiResponse<AutomationView> get(WorkspaceAccess access, @PathVariable String id) {
    return ApiResponse.ok(AutomationView.of(automations.get(access, id)));
  }

  @PutMapping("/{id}")
  ApiResponse<AutomationView> update(
      WorkspaceAccess access,
      @PathVariable String id,
      @Valid @RequestBody AutomationViews.AutomationRequest body) {
    return ApiResponse.ok(AutomationView.of(automations.update(access, id, body)), "Draft saved");
  }

  @DeleteMapping("/{id}")
  ApiResponse<Void> delete(WorkspaceAccess access, @PathVariable String id) {
    automations.delete(access, id);
    return ApiResponse.ok(null, "Automation deleted; runs in flight finish on their version");
  }

  @PostMapping("/{id}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<VersionView> publish(
      WorkspaceAccess access,
      @PathVariable String id,
      @Valid @RequestBody(required = false) AutomationViews.PublishRequest body) {
    AutomationViews.PublishRequest request =
        body == null ? new AutomationViews.PublishRequest(null, null, null) : body;
    var version = automations.publish(access, id, request);
    Automation automation = automations.get(access, id);
    return ApiResponse.ok(
        VersionView.of(version, automation.activeVersion(), publishers.nameOf(version)),
        "Published version " + version.version());
  }

  @GetMapping("/{id}/versions")
  ApiResponse<List<VersionView>> versions(WorkspaceAccess access, @PathVariable String id) {
    Integer active = automations.get(access, id).activeVersion();
    List<AutomationVersion> found = automations.versions(access, id);
    Map<String, String> names = publishers.namesOf(found);
    return ApiResponse.ok(
        found.stream().map(v -> VersionView.of(v, active, names.get(v.publishedBy()))).toList());
  }

  @GetMapping("/{id}/versions/{version}")
  ApiResponse<VersionView> version(
      WorkspaceAccess access, @PathVariable String id, @PathVariable int version) {
    Automation automation = automations.get(access, id);
    AutomationVersion found = automations.version(automation, version);
    return ApiResponse.ok(
        VersionView.of(found, automation.activeVersion(), publishers.nameOf(found)));
  }

  @PostMapping("/{id}/activate")
  ApiResponse<AutomationView> activate(
      WorkspaceAccess access,
      @PathVariable String id,
      @Valid @RequestBody(required = false) AutomationViews.ActivateRequest body) {
    Automation automation = automations.activate(access, id, body == null ? null : body.version());
    return ApiResponse.ok(
        AutomationView.of(automation), "Version " + automation.activeVersion() + " is active");
  }

  @PostMapping("/{id}/deactivate")
  ApiResponse<AutomationView> deactivate(WorkspaceAccess access, @PathVariable String id) {
    return ApiResponse.ok(
        AutomationView.of(automations.deactivate(access, id)),
        "Deactivated: triggers start no new runs; runs in flight go on");
  }

  @PostMapping("/{id}/runs")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ApiResponse<AutomationViews.StartedView> run(
      WorkspaceAccess access,
      @PathVariable String id,
      @RequestHeader(name = IdempotencyFilter.HEADER, required = false) String key,
      @Valid @RequestBody(required = false) AutomationViews.RunRequestBody body) {
    AutomationViews.StartedView started = runs.startManual(access, id, body, key);
    return ApiResponse.ok(started, started.started() ? "Run started" : "Run already started");
  }

  /** The automation's runs, filtered like {@code GET /api/runs} and conditional the same way. */
  @GetMapping("/{id}/runs")
  ApiResponse<PageResponse<RunView>> runs(
      WorkspaceAccess access,
      @PathVariable String id,
      RunListParams filter,
      @Valid PageRequestParams page,
      WebRequest request) {
    PageResponse<RunView> found = runs.list(access, filter.toFilter(id), page);
    return request.checkNotModified(RunService.listTag(found)) ? null : ApiResponse.ok(found);
  }

  /**
   * Runs the draft (or the graph sent) against sample input in a time-skipping environment and
   * returns what would happen, without side effects.
   */
  @PostMapping("/{id}/simulate")
  ApiResponse<Simulator.Simulation> simulate(
      WorkspaceAccess access,
      @PathVariable String id,
      @Valid @RequestBody(required = false) Simulator.SimulateRequest body) {
    Automation automation = automations.get(access, id);
    Simulator.SimulateRequest request =
        body == null ? new Simulator.SimulateRequest(null, null, null, null, null) : body;
    return ApiResponse.ok(
        simulator.simulate(access.workspaceId(), automation.id(), request, automation.draft()),
        "Simulated");
  }

  @GetMapping("/{id}/webhook")
  @RequiresRole(WorkspaceRole.EDITOR) // it reveals the signing secret
  ApiResponse<WebhookView> webhook(WorkspaceAccess access, @PathVariable String id) {
    return ApiResponse.ok(webhooks.view(automations.get(access, id).id()));
  }
}
