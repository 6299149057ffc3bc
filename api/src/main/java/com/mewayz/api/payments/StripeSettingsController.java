package com.mewayz.api.payments;

import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.RequiresRole;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.payments.StripeSettings;
import com.mewayz.domain.payments.StripeSettingsStore;
import com.mewayz.domain.payments.StripeSettingsStore.StripeKeys;
import com.mewayz.domain.workspaces.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Stripe keys of the workspace named by the X-Workspace-Id header. Keys go in once and never
 * come back out: answers say only whether each is set and its last 4 characters. Validation
 * messages describe the expected shape and never repeat what was sent.
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/ecommerce/settings/stripe")
class StripeSettingsController {
  private final StripeSettingsStore settings;

  StripeSettingsController(StripeSettingsStore settings) {
    this.settings = settings;
  }

  record StripeSettingsRequest(
      @NotBlank
          @Size(max = 255)
          @Pattern(
              regexp = "(sk|rk)_(test|live)_[A-Za-z0-9]+",
              message = "must be a Stripe secret or restricted key (sk_test_…, sk_live_…, rk_…)")
          String secretKey,
      @NotBlank
          @Size(max = 255)
          @Pattern(
              regexp = "pk_(test|live)_[A-Za-z0-9]+",
              message = "must be a Stripe publishable key (pk_test_… or pk_live_…)")
          String publishableKey,
      @NotBlank
          @Size(max = 255)
          @Pattern(
              regexp = "whsec_[A-Za-z0-9+/=]+",
              message = "must be a Stripe webhook signing secret (whsec_…)")
          String webhookSecret) {
    @Override
    public String toString() {
      return "StripeSettingsRequest[keys masked]";
    }
  }

  record KeyView(boolean set, String last4) {
    static KeyView of(String last4) {
      return last4 == null ? new KeyView(false, null) : new KeyView(true, last4);
    }
  }

  record StripeSettingsView(
      boolean configured,
      KeyView secretKey,
      KeyView publishableKey,
      KeyView webhookSecret,
      Instant updatedAt) {
    static StripeSettingsView of(StripeSettings s) {
      String publishable = s.publishableKey();
      return new StripeSettingsView(
          true,
          KeyView.of(s.secretKeyLast4()),
          KeyView.of(publishable == null ? null : publishable.substring(publishable.length() - 4)),
          KeyView.of(s.webhookSecretLast4()),
          s.updatedAt());
    }

    static final StripeSettingsView NONE =
        new StripeSettingsView(false, KeyView.of(null), KeyView.of(null), KeyView.of(null), null);
  }

  @GetMapping
  ApiResponse<StripeSettingsView> get(WorkspaceAccess access) {
    return ApiResponse.ok(
        settings
            .find(access.workspaceId())
            .map(StripeSettingsView::of)
            .orElse(StripeSettingsView.NONE));
  }

  @PutMapping
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<StripeSettingsView> put(
      WorkspaceAccess access, @Valid @RequestBody StripeSettingsRequest body) {
    StripeSettings saved =
        settings.save(
            access.workspaceId(),
            new StripeKeys(body.secretKey(), body.publishableKey(), body.webhookSecret()),
            access.userId());
    return ApiResponse.ok(StripeSettingsView.of(saved), "Stripe keys saved");
  }

  @DeleteMapping
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<StripeSettingsView> delete(WorkspaceAccess access) {
    boolean removed = settings.delete(access.workspaceId());
    return ApiResponse.ok(
        StripeSettingsView.NONE, removed ? "Stripe keys removed" : "No Stripe keys were set");
  }
}
