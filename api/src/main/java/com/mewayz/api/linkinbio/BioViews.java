package com.mewayz.api.linkinbio;

import com.mewayz.domain.linkinbio.BioBlockType;
import com.mewayz.domain.linkinbio.BioContent;
import com.mewayz.domain.linkinbio.BioPage;
import com.mewayz.domain.linkinbio.BioSocialPlatform;
import com.mewayz.domain.linkinbio.BioTheme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the link-in-bio endpoints. */
final class BioViews {
  private BioViews() {}

  /**
   * A page as the editor saves it: the slug and the whole draft. Blocks keep their {@code id}
   * across saves (an id the page does not have yet is replaced by a new one), so clicks stay
   * attributed.
   */
  record PageRequest(
      @NotBlank @Size(max = 32) String slug,
      @NotBlank @Size(max = 100) String title,
      @Size(max = 300) String description,
      @Size(max = 2000) String avatarUrl,
      @Size(max = 35) String language,
      BioTheme theme,
      @Size(max = 12) List<@Valid @NotNull SocialRequest> socials,
      @Size(max = 50) List<@Valid @NotNull BlockRequest> blocks) {}

  record SocialRequest(
      @NotNull BioSocialPlatform platform, @NotBlank @Size(max = 2000) String url) {}

  record BlockRequest(
      @Size(max = 24) String id,
      @NotNull BioBlockType type,
      @Size(max = 100) String title,
      @Size(max = 2000) String url,
      @Size(max = 64) String productId,
      @Size(max = 64) String serviceId) {}

  record PageView(
      String id,
      String slug,
      String publicPath,
      String status,
      boolean unpublishedChanges,
      int publishedVersion,
      Instant publishedAt,
      BioContent draft,
      Instant createdAt,
      Instant updatedAt) {
    static PageView of(BioPage p) {
      return new PageView(
          p.id(),
          p.slug(),
          PublicBioController.pathOf(p.slug()),
          p.isPublished() ? "PUBLISHED" : "DRAFT",
          p.hasUnpublishedChanges(),
          p.publishedVersion(),
          p.publishedAt(),
          p.draft(),
          p.createdAt(),
          p.updatedAt());
    }
  }

  /** The page's HTML as visitors would see it if the request's draft were published. */
  record PreviewView(String html) {}

  record AnalyticsView(
      String from,
      String to,
      long views,
      long clicks,
      List<DayCounts> days,
      List<BlockClicks> blocks) {}

  record DayCounts(String day, long views, long clicks) {}

  /** Clicks on one block of the published page; {@code daily} is aligned with the view's days. */
  record BlockClicks(
      String blockId, BioBlockType type, String title, long clicks, List<Long> daily) {}
}
