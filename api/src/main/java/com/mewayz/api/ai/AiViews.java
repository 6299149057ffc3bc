package com.mewayz.api.ai;

import com.mewayz.domain.ai.AiContent;
import com.mewayz.domain.ai.AiContentTarget;
import com.mewayz.domain.ai.AiPrices;
import com.mewayz.domain.ai.AiProvider;
import com.mewayz.domain.ai.AiSettings;
import com.mewayz.domain.ai.AiUsage.ModelUsage;
import com.mewayz.domain.ai.AiUsage.MonthUsage;
import com.mewayz.workflows.ai.AiContentProgress;
import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the AI endpoints. */
final class AiViews {
  private AiViews() {}

  /** A null or blank {@code apiKey} keeps the key already stored. */
  record SettingsRequest(
      @NotNull AiProvider provider,
      @NotBlank
          @Size(max = 100)
          @Pattern(
              regexp = "[A-Za-z0-9._:/-]+",
              message = "must be a model name such as gpt-4o-mini or claude-3-5-haiku-latest")
          String model,
      @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
          String baseUrl,
      @Size(max = 500) String apiKey,
      @Size(max = 2000) String brandVoice,
      @PositiveOrZero @Max(10_000_000) Long monthlyBudgetCents) {
    @Override
    public String toString() {
      return "SettingsRequest[" + provider + ", " + model + ", key masked]";
    }
  }

  record KeyView(boolean set, String last4) {}

  record SettingsView(
      boolean configured,
      AiProvider provider,
      String model,
      String baseUrl,
      KeyView apiKey,
      String brandVoice,
      Long monthlyBudgetCents,
      Instant updatedAt) {
    static final SettingsView NONE =
        new SettingsView(false, null, null, null, new KeyView(false, null), null, null, null);

    static SettingsView of(AiSettings s) {
      return new SettingsView(
          s.usable(),
          s.provider(),
          s.model(),
          s.baseUrl(),
          new KeyView(s.apiKeySealed() != null, s.apiKeyLast4()),
          s.brandVoice(),
          s.monthlyBudgetCents(),
          s.updatedAt());
    }
  }

  record UsageView(
      String month,
      long costMicros,
      Long budgetCents,
      boolean budgetSpent,
      List<ModelUsage> models,
      List<AiPrices.Price> prices) {
    static UsageView of(MonthUsage usage) {
      return new UsageView(
          usage.month(),
          usage.costMicros(),
          usage.budgetCents(),
          usage.budgetSpent(),
          usage.models(),
          AiPrices.table());
    }
  }

  /**
   * Where approved content goes: a product (PRODUCT_DESCRIPTION), a course's module
   * (COURSE_LESSON), a campaign draft sent from {@code fromName <fromEmail>} (the workspace's name
   * and the requester's email when left out), a social post, or NONE.
   */
  record TargetRequest(
      @NotNull AiContentTarget.Type type,
      @Size(max = 64) String productId,
      @Size(max = 64) String courseId,
      @Size(max = 64) String moduleId,
      @Size(max = 100) String fromName,
      @Email @Size(max = 254) String fromEmail) {}

  record ContentRequest(
      @NotNull ContentKind kind,
      @NotBlank @Size(max = 4000) String brief,
      @Size(max = 20_000) String sourceMaterial,
      Boolean requireApproval,
      @Min(0) @Max(10) Integer maxRegenerations,
      @Valid TargetRequest target) {}

  record DraftRequest(
      @Size(max = 200) String title,
      @Size(max = 200) String subject,
      @Size(max = 20_000) String body,
      @Size(max = 170) String metaDescription,
      @Size(max = 50) List<@NotBlank @Size(max = 500) String> sections) {
    ContentDraft toDraft() {
      return new ContentDraft(
          strip(title),
          strip(subject),
          strip(body),
          strip(metaDescription),
          sections == null ? null : sections.stream().map(String::strip).toList());
    }

    private static String strip(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /** Approves the draft as it is, or {@code edited} in its place. */
  record ApproveRequest(@Valid DraftRequest edited) {}

  record RejectRequest(@NotBlank @Size(max = 2000) String feedback) {}

  record ContentView(
      String id,
      ContentKind kind,
      String brief,
      String sourceMaterial,
      AiContentTarget target,
      boolean requireApproval,
      int maxRegenerations,
      AiContentStatus status,
      int round,
      ContentDraft draft,
      List<String> feedback,
      String failure,
      String publishedRef,
      String model,
      Instant createdAt,
      Instant updatedAt) {
    /** The record, with the workflow's live status and draft when it answered. */
    static ContentView of(AiContent c, AiContentProgress live) {
      boolean fresher = live != null && live.round() >= c.round();
      return new ContentView(
          c.id(),
          c.kind(),
          c.brief(),
          c.sourceMaterial(),
          c.target(),
          c.requireApproval(),
          c.maxRegenerations(),
          fresher ? live.status() : c.status(),
          fresher ? live.round() : c.round(),
          fresher && live.draft() != null ? live.draft() : c.draft(),
          c.feedback() == null ? List.of() : c.feedback(),
          fresher && live.failure() != null ? live.failure() : c.failure(),
          fresher && live.publishedRef() != null ? live.publishedRef() : c.publishedRef(),
          c.model(),
          c.createdAt(),
          c.updatedAt());
    }
  }
}
