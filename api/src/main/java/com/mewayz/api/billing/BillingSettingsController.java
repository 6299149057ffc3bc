package com.mewayz.api.billing;

import com.mewayz.api.billing.BillingViews.DunningRequest;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.RequiresRole;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.billing.BillingSettings;
import com.mewayz.domain.billing.BillingSettingsRepository;
import com.mewayz.domain.workspaces.WorkspaceRole;
import com.mewayz.workflows.billing.DunningPolicy;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's default dunning ladder: what a new invoice gets when it names none. Without one,
 * the platform's ({@link DunningPolicy#DEFAULT}).
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/financial/settings/dunning")
class BillingSettingsController {
  private final BillingSettingsRepository settings;
  private final Clock clock;

  BillingSettingsController(BillingSettingsRepository settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** The ladder new invoices get, and whether it is the workspace's own. */
  record DunningDefaultView(DunningPolicy dunning, boolean workspaceDefault) {}

  @GetMapping
  ApiResponse<DunningDefaultView> get(WorkspaceAccess access) {
    return ApiResponse.ok(
        settings
            .findById(access.workspaceId())
            .map(s -> new DunningDefaultView(s.dunning(), true))
            .orElse(new DunningDefaultView(DunningPolicy.DEFAULT, false)));
  }

  @PutMapping
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<DunningDefaultView> put(
      WorkspaceAccess access, @Valid @RequestBody DunningRequest body) {
    DunningPolicy dunning = InvoiceService.checked(body.policy(), "");
    settings.save(
        new BillingSettings(access.workspaceId(), dunning, clock.instant(), access.userId()));
    return ApiResponse.ok(new DunningDefaultView(dunning, true), "Default dunning saved");
  }

  @DeleteMapping
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<DunningDefaultView> delete(WorkspaceAccess access) {
    settings.deleteById(access.workspaceId());
    return ApiResponse.ok(
        new DunningDefaultView(DunningPolicy.DEFAULT, false), "The platform's ladder applies");
  }
}
