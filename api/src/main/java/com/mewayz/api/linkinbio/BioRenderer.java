package com.mewayz.api.linkinbio;

import static com.mewayz.activities.mail.Html.escape;

import com.mewayz.domain.linkinbio.BioBlock;
import com.mewayz.domain.linkinbio.BioContent;
import com.mewayz.domain.linkinbio.BioSocial;
import com.mewayz.domain.linkinbio.BioTheme;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a page as one small HTML document: semantic markup, inline CSS, no script, every piece of
 * owner content escaped. Links go through {@code hrefOf} (the click redirect on the public page,
 * the target itself in the editor's preview).
 */
final class BioRenderer {
  private BioRenderer() {}

  /** What a product card shows, read from the store when the page is rendered. */
  record ProductCard(String name, String price, String imageUrl) {}

  static String render(
      BioContent page, Map<String, ProductCard> products, Function<BioBlock, String> hrefOf) {
    StringBuilder html = new StringBuilder(4096);
    String description =
        page.description() != null ? page.description() : "Links of " + page.title();
    html.append("<!doctype html><html lang=\"")
        .append(escape(page.language()))
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(page.title()))
        .append("</title><meta name=\"description\" content=\"")
        .append(escape(description))
        .append("\"><meta property=\"og:title\" content=\"")
        .append(escape(page.title()))
        .append("\"><meta property=\"og:description\" content=\"")
        .append(escape(description))
        .append("\"><style>")
        .append(css(page.theme()))
        .append("</style></head><body><main><header>");
    if (page.avatarUrl() != null) {
      html.append("<img class=\"avatar\" src=\"")
          .append(escape(page.avatarUrl()))
          .append("\" alt=\"")
          .append(escape(page.title()))
          .append("\" width=\"96\" height=\"96\">");
    }
    html.append("<h1>").append(escape(page.title())).append("</h1>");
    if (page.description() != null) {
      html.append("<p class=\"bio\">").append(escape(page.description())).append("</p>");
    }
    html.append("</header>");
    socials(html, page);
    html.append("<ul class=\"blocks\">");
    for (BioBlock block : page.blocks()) {
      block(html, block, products, hrefOf);
    }
    html.append("</ul><footer><p>Made with Mewayz</p></footer></main></body></html>");
    return html.toString();
  }

  private static void socials(StringBuilder html, BioContent page) {
    if (page.socials().isEmpty()) {
      return;
    }
    html.append("<nav aria-label=\"Social profiles\"><ul class=\"social\">");
    for (BioSocial social : page.socials()) {
      html.append("<li><a href=\"")
          .append(escape(social.url()))
          .append("\" rel=\"me noopener\">")
          .append(social.platform().label())
          .append("</a></li>");
    }
    html.append("</ul></nav>");
  }

  private static void block(
      StringBuilder html,
      BioBlock block,
      Map<String, ProductCard> products,
      Function<BioBlock, String> hrefOf) {
    String href = hrefOf.apply(block);
    switch (block.type()) {
      case LINK ->
          html.append("<li><a class=\"button\" href=\"")
              .append(escape(href))
              .append("\" rel=\"noopener\">")
              .append(escape(block.title()))
              .append("</a></li>");
      case PRODUCT -> {
        ProductCard product = products.get(block.productId());
        if (product == null) {
          return; // removed from the store since: the card disappears rather than break
        }
        html.append("<li><article class=\"card\">");
        if (product.imageUrl() != null) {
          html.append("<img src=\"")
              .append(escape(product.imageUrl()))
              .append("\" alt=\"")
              .append(escape(product.name()))
              .append("\" width=\"320\" height=\"320\" loading=\"lazy\">");
        }
        html.append("<h2>")
            .append(escape(product.name()))
            .append("</h2><p class=\"price\">")
            .append(escape(product.price()))
            .append("</p>");
        if (href != null) {
          html.append("<a class=\"button\" href=\"")
              .append(escape(href))
              .append("\" rel=\"noopener\">")
              .append(escape(block.title() != null ? block.title() : "Buy " + product.name()))
              .append("</a>");
        }
        html.append("</article></li>");
      }
      case BOOKING ->
          html.append("<li><article class=\"card\"><h2>")
              .append(escape(block.title()))
              .append("</h2><a class=\"button\" href=\"")
              .append(escape(href))
              .append("\">Book ")
              .append(escape(block.title()))
              .append("</a></article></li>");
    }
  }

  private static String css(BioTheme t) {
    return "*{box-sizing:border-box}"
        + "body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;"
        + "background:"
        + t.background()
        + ";color:"
        + t.text()
        + "}main{max-width:36rem;margin:0 auto;padding:2.5rem 1rem 2rem;text-align:center}"
        + ".avatar{border-radius:50%;object-fit:cover}"
        + "h1{font-size:1.5rem;margin:.75rem 0 .25rem}.bio{margin:0 0 1rem}"
        + "ul{list-style:none;margin:0;padding:0}"
        + ".social{display:flex;flex-wrap:wrap;justify-content:center;gap:.5rem;margin:0 0 1.5rem}"
        + ".social a{display:inline-block;padding:.625rem 1rem;border:2px solid currentColor;"
        + "border-radius:999px;color:inherit;text-decoration:none;font-weight:600}"
        + ".blocks>li{margin:0 0 .875rem}"
        + ".button{display:block;padding:.875rem 1rem;border-radius:.75rem;text-decoration:none;"
        + "font-weight:600;background:"
        + t.button()
        + ";color:"
        + t.buttonText()
        + "}a:focus-visible{outline:3px solid "
        + t.text()
        + ";outline-offset:3px}"
        + ".card{border:2px solid "
        + t.button()
        + ";border-radius:.75rem;padding:1rem;text-align:left}"
        + ".card img{display:block;width:100%;height:auto;border-radius:.5rem;margin-bottom:.75rem}"
        + ".card h2{font-size:1.125rem;margin:0 0 .25rem}.price{margin:0 0 .75rem;font-weight:600}"
        + "footer{margin-top:2rem;font-size:.875rem}";
  }
}
