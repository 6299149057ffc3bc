package com.mewayz.api.linkinbio;

import static com.mewayz.domain.common.Hashes.sha256;

import com.mewayz.domain.linkinbio.BioBlock;
import com.mewayz.domain.linkinbio.BioPage;
import com.mewayz.domain.linkinbio.BioPageRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The published pages, rendered once and served from memory: a visitor's request costs no database
 * read and no rendering. The node that publishes forgets its copy at once; other nodes re-read a
 * page after {@code mewayz.link-in-bio.cache-ttl} (also how a product's new price reaches its
 * card). Unknown slugs are remembered as missing for as long, so probing them does not reach the
 * database either.
 */
@Component
class PublishedPages {
  /**
   * A page as served: its HTML, also gzipped once here so no request pays for compression, a tag of
   * each, and where each block id leads.
   */
  record Published(
      String pageId,
      String workspaceId,
      int version,
      byte[] html,
      String etag,
      byte[] gzipped,
      String gzippedEtag,
      Map<String, String> targets) {}

  private record Entry(Published page, long loadedAt) {}

  private final ConcurrentHashMap<String, Entry> bySlug = new ConcurrentHashMap<>();
  private final BioPageRepository pages;
  private final ProductCards products;
  private final long ttlNanos;
  private final int maxEntries;

  PublishedPages(
      BioPageRepository pages,
      ProductCards products,
      @Value("${mewayz.link-in-bio.cache-ttl:PT30S}") Duration ttl,
      @Value("${mewayz.link-in-bio.cache-max-pages:10000}") int maxEntries) {
    this.pages = pages;
    this.products = products;
    this.ttlNanos = ttl.toNanos();
    this.maxEntries = maxEntries;
  }

  /** The published page at {@code slug}, empty when there is none (or it is a draft). */
  Optional<Published> find(String slug) {
    long now = System.nanoTime();
    Entry entry = bySlug.get(slug);
    if (entry == null || now - entry.loadedAt() > ttlNanos) {
      entry = new Entry(load(slug), now);
      makeRoom();
      bySlug.put(slug, entry);
    }
    return Optional.ofNullable(entry.page());
  }

  /** Drops what this node holds for the slug: the next visitor gets what is stored now. */
  void forget(String slug) {
    bySlug.remove(slug);
  }

  private Published load(String slug) {
    return pages.findBySlug(slug).filter(BioPage::isPublished).map(this::render).orElse(null);
  }

  private Published render(BioPage page) {
    String html =
        BioRenderer.render(
            page.published(),
            products.of(page.workspaceId(), page.published()),
            block -> hrefOf(page.slug(), block, page.workspaceId()));
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    Map<String, String> targets =
        page.published().blocks().stream()
            .filter(b -> BioTargets.of(b, page.workspaceId()) != null)
            .collect(
                Collectors.toUnmodifiableMap(
                    BioBlock::id, b -> BioTargets.of(b, page.workspaceId())));
    String tag = page.publishedVersion() + "-" + sha256(bytes).substring(0, 16);
    return new Published(
        page.id(),
        page.workspaceId(),
        page.publishedVersion(),
        bytes,
        "\"" + tag + "\"",
        gzip(bytes),
        "\"" + tag + "-gzip\"",
        targets);
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String hrefOf(String slug, BioBlock block, String workspaceId) {
    return BioTargets.of(block, workspaceId) == null
        ? null
        : PublicBioController.clickPathOf(slug, block.id());
  }

  /** Keeps the memory bounded: expired entries go first, then any. */
  private void makeRoom() {
    if (bySlug.size() < maxEntries) {
      return;
    }
    long now = System.nanoTime();
    bySlug.values().removeIf(e -> now - e.loadedAt() > ttlNanos);
    var slugs = bySlug.keySet().iterator();
    while (bySlug.size() >= maxEntries && slugs.hasNext()) {
      slugs.next();
      slugs.remove();
    }
  }
}
