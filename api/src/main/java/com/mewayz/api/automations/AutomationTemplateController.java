package com.mewayz.api.automations;

import com.mewayz.api.automations.AutomationTemplates.Template;
import com.mewayz.api.automations.AutomationViews.AutomationView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.users.User;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.workflows.automations.AutomationGraph;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The templates gallery: ready automations, and a new draft made from one in the workspace. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/automations")
class AutomationTemplateController {
  private final AutomationTemplates templates;
  private final AutomationService automations;
  private final UserRepository users;

  AutomationTemplateController(
      AutomationTemplates templates, AutomationService automations, UserRepository users) {
    this.templates = templates;
    this.automations = automations;
    this.users = users;
  }

  record TemplateView(
      String id,
      String name,
      String description,
      String category,
      String triggerEvent,
      int steps,
      Map<String, Object> sampleInput,
      AutomationGraph graph) {
    static TemplateView of(Template t) {
      return new TemplateView(
          t.id(),
          t.name(),
          t.description(),
          t.category(),
          t.triggerEvent(),
          t.graph().nodes().size() - 1,
          t.sampleInput(),
          t.graph());
    }
  }

  record FromTemplateRequest(
      @NotBlank @Size(max = 100) String templateId, @Size(max = 120) String name) {}

  @GetMapping("/templates")
  ApiResponse<List<TemplateView>> list() {
    return ApiResponse.ok(templates.all().stream().map(TemplateView::of).toList());
  }

  @PostMapping("/from-template")
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<AutomationView> create(
      WorkspaceAccess access, @Valid @RequestBody FromTemplateRequest body) {
    Template template =
        templates
            .find(body.templateId())
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "templateId",
                        "no such template; GET /api/automations/templates lists them"));
    String creatorEmail =
        users
            .findById(access.userId())
            .map(User::email)
            .orElseThrow(() -> ApiException.unauthorized("The account no longer exists"));
    String name = body.name() == null || body.name().isBlank() ? template.name() : body.name();
    var request =
        new AutomationViews.AutomationRequest(
            name, template.description(), template.graphFor(creatorEmail));
    return ApiResponse.ok(
        AutomationView.of(automations.create(access, request)),
        "Automation created from the template " + template.name());
  }
}
