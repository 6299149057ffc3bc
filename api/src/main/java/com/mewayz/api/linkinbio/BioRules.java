package com.mewayz.api.linkinbio;

import com.mewayz.api.linkinbio.BioViews.BlockRequest;
import com.mewayz.api.linkinbio.BioViews.PageRequest;
import com.mewayz.api.linkinbio.BioViews.SocialRequest;
import com.mewayz.api.web.ApiException;
import com.mewayz.domain.linkinbio.BioBlock;
import com.mewayz.domain.linkinbio.BioContent;
import com.mewayz.domain.linkinbio.BioSocial;
import com.mewayz.domain.linkinbio.BioTheme;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a page may hold: slugs that are lowercase, 3–32 characters and not a word the platform uses
 * in its own addresses; only http(s) links (a {@code javascript:} URL never reaches a visitor);
 * images over https only, the one scheme the public page's Content-Security-Policy lets load.
 */
final class BioRules {
  static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,30})[a-z0-9]");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern BLOCK_ID = Pattern.compile("[a-f0-9]{24}");

  /** Words that name platform pages or could pass for Mewayz itself. */
  static final Set<String> RESERVED =
      Set.of(
          "admin",
          "administrator",
          "api",
          "app",
          "assets",
          "auth",
          "billing",
          "blog",
          "book",
          "bookings",
          "checkout",
          "courses",
          "dashboard",
          "docs",
          "help",
          "home",
          "invitations",
          "login",
          "logout",
          "mails",
          "mewayz",
          "official",
          "pay",
          "redoc",
          "register",
          "root",
          "security",
          "settings",
          "shop",
          "signup",
          "static",
          "status",
          "store",
          "support",
          "system",
          "team",
          "u",
          "www",
          "workspaces");

  private BioRules() {}

  /** The slug as stored (trimmed, lowercase), or a 400 naming {@code slug}. */
  static String slug(String requested) {
    String slug = requested.strip().toLowerCase(Locale.ROOT);
    if (!SLUG.matcher(slug).matches()) {
      throw ApiException.invalid(
          "slug",
          "must be 3 to 32 lowercase letters, digits or dashes, starting and ending with a letter"
              + " or digit");
    }
    if (RESERVED.contains(slug)) {
      throw ApiException.invalid("slug", "is reserved by the platform: choose another");
    }
    return slug;
  }

  /**
   * The draft the request describes. {@code keptIds} are the block ids the page has already; {@code
   * productExists} tells whether the workspace's store has a product.
   */
  static BioContent content(
      PageRequest body,
      Set<String> keptIds,
      Predicate<String> productExists,
      Supplier<String> newId) {
    String language = body.language() == null ? "en" : body.language().strip();
    if (!LANGUAGE.matcher(language).matches()) {
      throw ApiException.invalid("language", "must be a language tag such as en or pt-BR");
    }
    String avatar = blankToNull(body.avatarUrl());
    if (avatar != null) {
      requireUrl("avatarUrl", avatar, true);
    }
    List<BioSocial> socials = new ArrayList<>();
    List<SocialRequest> requestedSocials = body.socials() == null ? List.of() : body.socials();
    for (int i = 0; i < requestedSocials.size(); i++) {
      SocialRequest s = requestedSocials.get(i);
      socials.add(
          new BioSocial(s.platform(), requireUrl("socials[" + i + "].url", s.url(), false)));
    }
    List<BioBlock> blocks = new ArrayList<>();
    List<BlockRequest> requestedBlocks = body.blocks() == null ? List.of() : body.blocks();
    for (int i = 0; i < requestedBlocks.size(); i++) {
      BlockRequest b = requestedBlocks.get(i);
      String id =
          b.id() != null && BLOCK_ID.matcher(b.id()).matches() && keptIds.contains(b.id())
              ? b.id()
              : newId.get();
      blocks.add(block(id, b, "blocks[" + i + "].", productExists));
    }
    return new BioContent(
        body.title().strip(),
        blankToNull(body.description()),
        avatar,
        language,
        body.theme() == null ? BioTheme.LIGHT : body.theme(),
        List.copyOf(socials),
        List.copyOf(blocks));
  }

  private static BioBlock block(
      String id, BlockRequest b, String at, Predicate<String> productExists) {
    String title = blankToNull(b.title());
    String url = blankToNull(b.url());
    return switch (b.type()) {
      case LINK -> {
        require(at + "title", title, "is required for a link");
        require(at + "url", url, "is required for a link");
        yield new BioBlock(id, b.type(), title, requireUrl(at + "url", url, false), null, null);
      }
      case PRODUCT -> {
        String productId = blankToNull(b.productId());
        require(at + "productId", productId, "is required for a product card");
        if (!productExists.test(productId)) {
          throw ApiException.invalid(
              at + "productId", "is not a product of this workspace's store");
        }
        yield new BioBlock(
            id,
            b.type(),
            title,
            url == null ? null : requireUrl(at + "url", url, false),
            productId,
            null);
      }
      case BOOKING -> {
        require(at + "title", title, "is required for a booking card");
        String serviceId = blankToNull(b.serviceId());
        if (serviceId == null || !SERVICE_ID.matcher(serviceId).matches()) {
          throw ApiException.invalid(
              at + "serviceId", "is required: the id of the service to book (letters, digits)");
        }
        yield new BioBlock(id, b.type(), title, null, null, serviceId);
      }
    };
  }

  /** An absolute http(s) URL with a host (https only when {@code httpsOnly}). */
  static String requireUrl(String field, String value, boolean httpsOnly) {
    String url = value.strip();
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean allowed = httpsOnly ? scheme.equals("https") : scheme.matches("https?");
      if (allowed && uri.getHost() != null && !uri.getHost().isBlank()) {
        return url;
      }
    } catch (URISyntaxException malformed) {
      // refused below, like any other unusable URL
    }
    throw ApiException.invalid(
        field, httpsOnly ? "must be an https:// URL" : "must be an http:// or https:// URL");
  }

  private static void require(String field, String value, String problem) {
    if (value == null) {
      throw ApiException.invalid(field, problem);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
