package com.mewayz.api.linkinbio;

import com.mewayz.api.linkinbio.PublishedPages.Published;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side: a published page at {@code /u/{slug}}, served from memory with an ETag (304 when
 * the visitor has it), and the click redirect {@code /u/{slug}/l/{blockId}}, which leads only to a
 * destination the page itself stores: never an open redirect. Views and clicks are counted in
 * memory (see {@link BioCounters}), and not at all for visitors asking not to be tracked (DNT or
 * Global Privacy Control). No cookie is set, nothing about the visitor is stored.
 */
@RestController
class PublicBioController {
  /**
   * Only markup and inline styles, images over https: owner content cannot run anything. {@code
   * connect-src 'self'} lets crawlers' tools read the site's robots.txt from the page; with no
   * script allowed, nothing else can connect.
   */
  private static final String POLICY =
      "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; connect-src 'self';"
          + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final CacheControl PAGE_CACHE =
      CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final PublishedPages pages;
  private final BioCounters counters;

  PublicBioController(PublishedPages pages, BioCounters counters) {
    this.pages = pages;
    this.counters = counters;
  }

  static String pathOf(String slug) {
    return "/u/" + slug;
  }

  static String clickPathOf(String slug, String blockId) {
    return pathOf(slug) + "/l/" + blockId;
  }

  @GetMapping("/u/{slug}")
  ResponseEntity<byte[]> page(@PathVariable String slug, HttpServletRequest request) {
    Optional<Published> page = find(slug);
    if (page.isEmpty()) {
      return notFound();
    }
    Published p = page.get();
    if ("GET".equals(request.getMethod()) && countable(request)) {
      counters.view(p.pageId(), p.workspaceId());
    }
    boolean gzip = acceptsGzip(request);
    // Spring answers 304 without the body when If-None-Match holds this ETag.
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .eTag(gzip ? p.gzippedEtag() : p.etag())
            .cacheControl(PAGE_CACHE)
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
            .header("Content-Security-Policy", POLICY)
            .contentType(HTML);
    return gzip
        ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(p.gzipped())
        : answer.body(p.html());
  }

  @GetMapping("/u/{slug}/l/{blockId}")
  ResponseEntity<byte[]> click(
      @PathVariable String slug, @PathVariable String blockId, HttpServletRequest request) {
    Optional<Published> page = find(slug);
    String target = page.map(p -> p.targets().get(blockId)).orElse(null);
    if (target == null) {
      return notFound();
    }
    if (countable(request)) {
      counters.click(page.get().pageId(), page.get().workspaceId(), blockId);
    }
    // no-store: every click reaches us to be counted, none is answered from a cache
    return ResponseEntity.status(HttpStatus.FOUND)
        .location(URI.create(target))
        .cacheControl(CacheControl.noStore())
        .header("Referrer-Policy", "origin")
        .build();
  }

  private Optional<Published> find(String slug) {
    String normalized = slug.toLowerCase(Locale.ROOT);
    return BioRules.SLUG.matcher(normalized).matches() ? pages.find(normalized) : Optional.empty();
  }

  private static boolean acceptsGzip(HttpServletRequest request) {
    String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
    return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
  }

  private static boolean countable(HttpServletRequest request) {
    return !"1".equals(request.getHeader("DNT")) && !"1".equals(request.getHeader("Sec-GPC"));
  }

  private static ResponseEntity<byte[]> notFound() {
    String html =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Page not found</title></head><body style=\"font-family:system-ui,sans-serif;"
            + "max-width:32rem;margin:4rem auto;padding:0 1rem\"><main><h1>Page not found</h1>"
            + "<p>There is no page at this address. Check the link you followed.</p></main>"
            + "</body></html>";
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)))
        .header("Content-Security-Policy", POLICY)
        .contentType(HTML)
        .body(html.getBytes(StandardCharsets.UTF_8));
  }
}
