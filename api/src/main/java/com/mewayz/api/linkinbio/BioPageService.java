package com.mewayz.api.linkinbio;

import com.mewayz.api.linkinbio.BioViews.AnalyticsView;
import com.mewayz.api.linkinbio.BioViews.PageRequest;
import com.mewayz.api.linkinbio.BioViews.PageView;
import com.mewayz.api.linkinbio.BioViews.PreviewView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.linkinbio.BioBlock;
import com.mewayz.domain.linkinbio.BioContent;
import com.mewayz.domain.linkinbio.BioPage;
import com.mewayz.domain.linkinbio.BioPageRepository;
import com.mewayz.domain.linkinbio.BioStatsStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The workspace's link-in-bio pages: drafts saved whole by the editor, published as a snapshot at
 * {@code /u/{slug}}, and their daily counts. Every change visitors could see makes this node forget
 * its rendered copy of the page.
 */
@Service
class BioPageService {
  private final BioPageRepository pages;
  private final BioStatsStore stats;
  private final ProductCards products;
  private final PublishedPages published;
  private final BioCounters counters;
  private final BioEvents events;
  private final Clock clock;

  BioPageService(
      BioPageRepository pages,
      BioStatsStore stats,
      ProductCards products,
      PublishedPages published,
      BioCounters counters,
      BioEvents events,
      Clock clock) {
    this.pages = pages;
    this.stats = stats;
    this.products = products;
    this.published = published;
    this.counters = counters;
    this.events = events;
    this.clock = clock;
  }

  List<PageView> list(WorkspaceAccess access) {
    return pages.findByWorkspaceIdOrderByCreatedAtDesc(access.workspaceId()).stream()
        .map(PageView::of)
        .toList();
  }

  PageView get(WorkspaceAccess access, String pageId) {
    return PageView.of(load(access, pageId));
  }

  PageView create(WorkspaceAccess access, PageRequest body) {
    String slug = BioRules.slug(body.slug());
    requireFree(slug);
    BioContent content = content(access, body, Set.of());
    try {
      BioPage page =
          pages.insert(
              BioPage.draft(newId(), access.workspaceId(), slug, content, clock.instant()));
      return PageView.of(page);
    } catch (DuplicateKeyException raced) {
      throw slugTaken(slug);
    }
  }

  PageView update(WorkspaceAccess access, String pageId, PageRequest body) {
    BioPage page = load(access, pageId);
    String slug = BioRules.slug(body.slug());
    if (!slug.equals(page.slug())) {
      requireFree(slug);
    }
    BioContent content = content(access, body, blockIds(page));
    BioPage saved = save(page.withDraft(slug, content, clock.instant()), slug);
    published.forget(page.slug());
    published.forget(slug);
    return PageView.of(saved);
  }

  void delete(WorkspaceAccess access, String pageId) {
    BioPage page = load(access, pageId);
    pages.delete(page);
    stats.deleteOfPage(page.id());
    published.forget(page.slug());
  }

  PageView publish(WorkspaceAccess access, String pageId) {
    BioPage saved = save(load(access, pageId).publish(clock.instant()), null);
    published.forget(saved.slug());
    events.published(saved);
    return PageView.of(saved);
  }

  PageView unpublish(WorkspaceAccess access, String pageId) {
    BioPage page = load(access, pageId);
    if (!page.isPublished()) {
      throw ApiException.conflict("The page is not published");
    }
    BioPage saved = save(page.unpublish(clock.instant()), null);
    published.forget(saved.slug());
    return PageView.of(saved);
  }

  /** The draft of the request rendered as visitors would see it, links going straight out. */
  PreviewView preview(WorkspaceAccess access, String pageId, PageRequest body) {
    BioPage page = load(access, pageId);
    BioContent content = content(access, body, blockIds(page));
    return new PreviewView(
        BioRenderer.render(
            content,
            products.of(access.workspaceId(), content),
            b -> BioTargets.of(b, access.workspaceId())));
  }

  /**
   * Views and clicks per UTC day over the last {@code days} days, today included, and clicks per
   * block of the page (draft or published). Counts still in this node's memory are written first.
   */
  AnalyticsView analytics(WorkspaceAccess access, String pageId, int days) {
    BioPage page = load(access, pageId);
    counters.flush();
    LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate from = to.minusDays(days - 1L);
    Map<String, String> productNames = new HashMap<>();
    products
        .of(page.workspaceId(), page.draft())
        .forEach((id, card) -> productNames.put(id, card.name()));
    return AnalyticsReport.of(
        from, to, stats.between(page.id(), from, to), knownBlocks(page), productNames);
  }

  private BioContent content(WorkspaceAccess access, PageRequest body, Set<String> keptIds) {
    return BioRules.content(
        body,
        keptIds,
        productId -> products.exists(access.workspaceId(), productId),
        BioPageService::newId);
  }

  /** The draft's blocks, then those only the published version still shows. */
  private static List<BioBlock> knownBlocks(BioPage page) {
    List<BioBlock> blocks = new ArrayList<>(page.draft().blocks());
    if (page.published() != null) {
      Set<String> ids = blockIds(page);
      ids.removeAll(page.draft().blocks().stream().map(BioBlock::id).toList());
      page.published().blocks().stream().filter(b -> ids.contains(b.id())).forEach(blocks::add);
    }
    return blocks;
  }

  private static Set<String> blockIds(BioPage page) {
    Stream<BioBlock> all =
        page.published() == null
            ? page.draft().blocks().stream()
            : Stream.concat(page.draft().blocks().stream(), page.published().blocks().stream());
    return new HashSet<>(all.map(BioBlock::id).toList());
  }

  private BioPage save(BioPage page, String slug) {
    try {
      return pages.save(page);
    } catch (DuplicateKeyException raced) {
      throw slugTaken(slug);
    } catch (OptimisticLockingFailureException raced) {
      throw ApiException.conflict("The page was changed meanwhile: reload it and try again");
    }
  }

  private void requireFree(String slug) {
    if (pages.existsBySlug(slug)) {
      throw slugTaken(slug);
    }
  }

  private static ApiException slugTaken(String slug) {
    return new ApiException(
        HttpStatus.CONFLICT,
        "Conflict",
        "The address /u/" + slug + " is taken: choose another",
        Map.of("slug", "is already taken"));
  }

  private BioPage load(WorkspaceAccess access, String pageId) {
    return pages
        .findByIdAndWorkspaceId(pageId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Page"));
  }

  private static String newId() {
    return new ObjectId().toHexString();
  }
}
