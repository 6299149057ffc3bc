package com.mewayz.api.linkinbio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.commerce.StoreCalls;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Link-in-bio pages through the API and as visitors see them at /u/{slug}. */
@ApiTest
class LinkInBioApiTest {
  static final String PAGES = BioCalls.PAGES;

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  ApiClient api;
  BioCalls cleo;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    Account owner = api.register("cleo");
    cleo = new BioCalls(mvc, api, owner, api.createWorkspace(owner, "Cleo Ceramics"));
  }

  @Test
  void createsReadsEditsListsAndDeletesAPage() throws Exception {
    String slug = BioCalls.uniqueSlug("cleo");
    String page =
        ApiClient.read(
            cleo.call(HttpMethod.POST, PAGES, BioCalls.pageBody(slug.toUpperCase(), "Cleo"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.data.slug").value(slug))
                .andExpect(jsonPath("$.data.status").value("DRAFT"))
                .andExpect(jsonPath("$.data.publicPath").value("/u/" + slug))
                .andExpect(jsonPath("$.data.draft.theme").value("OCEAN"))
                .andExpect(jsonPath("$.data.draft.blocks[0].id").isNotEmpty()),
            "$.data.id");
    String link = cleo.firstBlock(page);

    String edited =
        """
        {"slug": "%s", "title": "Cleo's studio",
         "blocks": [{"type": "BOOKING", "title": "Wheel class", "serviceId": "svc-1"},
                    {"id": "%s", "type": "LINK", "title": "Shop", "url": "https://example.com/s"}]}
        """
            .formatted(slug, link);
    cleo.call(HttpMethod.PUT, PAGES + "/" + page, edited)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.draft.title").value("Cleo's studio"))
        .andExpect(jsonPath("$.data.draft.theme").value("LIGHT"))
        .andExpect(jsonPath("$.data.draft.language").value("en"))
        .andExpect(jsonPath("$.data.draft.blocks[0].type").value("BOOKING"))
        .andExpect(jsonPath("$.data.draft.blocks[1].id").value(link));
    cleo.call(HttpMethod.GET, PAGES, null)
        .andExpect(jsonPath("$.data.length()").value(1))
        .andExpect(jsonPath("$.data[0].draft.blocks.length()").value(2));

    cleo.call(HttpMethod.DELETE, PAGES + "/" + page, null).andExpect(status().isOk());
    cleo.call(HttpMethod.GET, PAGES + "/" + page, null).andExpect(status().isNotFound());
    cleo.call(HttpMethod.POST, PAGES, BioCalls.pageBody(slug, "Again"))
        .andExpect(status().isCreated());
  }

  @Test
  void refusesInvalidPagesNamingTheFieldAtFault() throws Exception {
    String slug = BioCalls.uniqueSlug("valid");
    expectInvalid(BioCalls.pageBody("a", "T"), "slug");
    expectInvalid(BioCalls.pageBody("-dash-first", "T"), "slug");
    expectInvalid(BioCalls.pageBody("admin", "T"), "slug");
    expectInvalid(BioCalls.pageBody("api", "T"), "slug");
    expectInvalid(BioCalls.pageBody(slug, " "), "title");
    expectInvalid(
        """
        {"slug": "%s", "title": "T", "blocks": [{"type": "LINK", "title": "x",
         "url": "javascript:alert(1)"}]}
        """
            .formatted(slug),
        "blocks[0].url");
    expectInvalid(
        """
        {"slug": "%s", "title": "T", "blocks": [{"type": "LINK", "url": "https://a.example"}]}
        """
            .formatted(slug),
        "blocks[0].title");
    expectInvalid(
        """
        {"slug": "%s", "title": "T", "blocks": [{"type": "PRODUCT",
         "productId": "000000000000000000000000"}]}
        """
            .formatted(slug),
        "blocks[0].productId");
    expectInvalid(
        """
        {"slug": "%s", "title": "T", "blocks": [{"type": "BOOKING", "title": "Class"}]}
        """
            .formatted(slug),
        "blocks[0].serviceId");
    expectInvalid(
        "{\"slug\": \"%s\", \"title\": \"T\", \"avatarUrl\": \"http://a.example/me.png\"}"
            .formatted(slug),
        "avatarUrl");
    expectInvalid(
        "{\"slug\": \"%s\", \"title\": \"T\", \"theme\": \"NEON\"}".formatted(slug), "theme");
    expectInvalid(
        """
        {"slug": "%s", "title": "T", "socials": [{"platform": "INSTAGRAM", "url": "ftp://x"}]}
        """
            .formatted(slug),
        "socials[0].url");
    expectInvalid(
        "{\"slug\": \"%s\", \"title\": \"T\", \"language\": \"english!\"}".formatted(slug),
        "language");
  }

  @Test
  void aSlugTakenByAnyWorkspaceIsAConflict() throws Exception {
    String slug = BioCalls.uniqueSlug("taken");
    cleo.page(slug);
    Account other = api.register("other");
    BioCalls rival = new BioCalls(mvc, api, other, api.createWorkspace(other, "Rival"));

    rival
        .call(HttpMethod.POST, PAGES, BioCalls.pageBody(slug, "Mine"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.slug").value("is already taken"));
    String rivalPage = rival.page(BioCalls.uniqueSlug("rival"));
    rival
        .call(HttpMethod.PUT, PAGES + "/" + rivalPage, BioCalls.pageBody(slug, "Mine"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.slug").exists());
  }

  @Test
  void anotherWorkspacesPageIsNotFound() throws Exception {
    String page = cleo.page(BioCalls.uniqueSlug("private"));
    Account other = api.register("other");
    BioCalls rival = new BioCalls(mvc, api, other, api.createWorkspace(other, "Rival"));

    rival.call(HttpMethod.GET, PAGES + "/" + page, null).andExpect(status().isNotFound());
    rival.publish(page).andExpect(status().isNotFound());
    rival
        .call(HttpMethod.GET, PAGES + "/" + page + "/analytics", null)
        .andExpect(status().isNotFound());
    rival.call(HttpMethod.GET, PAGES, null).andExpect(jsonPath("$.data.length()").value(0));
    api.inWorkspace(cleo.workspace(), HttpMethod.GET, PAGES + "/" + page, other, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyThePublishedVersionIsPublicAndAnUnpublishedPageIsNotFound() throws Exception {
    String slug = BioCalls.uniqueSlug("draft");
    String page = cleo.page(slug);
    cleo.visit("/u/" + slug).andExpect(status().isNotFound());

    cleo.publish(page)
        .andExpect(jsonPath("$.data.status").value("PUBLISHED"))
        .andExpect(jsonPath("$.data.publishedVersion").value(1));
    cleo.visit("/u/" + slug)
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", Matchers.startsWith("text/html")))
        .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=")))
        .andExpect(
            header().string("Content-Security-Policy", Matchers.containsString("default-src")))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString("<h1>Cleo&#39;s links</h1>")));

    cleo.call(HttpMethod.PUT, PAGES + "/" + page, BioCalls.pageBody(slug, "Renamed"))
        .andExpect(jsonPath("$.data.unpublishedChanges").value(true));
    assertThat(body("/u/" + slug)).contains("Cleo&#39;s links").doesNotContain("Renamed");
    cleo.publish(page).andExpect(jsonPath("$.data.publishedVersion").value(2));
    assertThat(body("/u/" + slug)).contains("Renamed");

    cleo.call(HttpMethod.POST, PAGES + "/" + page + "/unpublish", null)
        .andExpect(jsonPath("$.data.status").value("DRAFT"));
    cleo.visit("/u/" + slug).andExpect(status().isNotFound());
    cleo.visit("/u/no-such-page-" + slug).andExpect(status().isNotFound());
  }

  @Test
  void thePageIsAccessibleMarkupWithLanguageTitleDescriptionAndViewport() throws Exception {
    String slug = BioCalls.uniqueSlug("a11y");
    cleo.publish(cleo.page(slug));

    assertThat(body("/u/" + slug))
        .startsWith("<!doctype html><html lang=\"en\">")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("<title>Cleo&#39;s links</title>")
        .contains("<meta name=\"description\" content=\"Ceramics and classes\">")
        .contains("<main>", "<nav aria-label=\"Social profiles\">", ">Instagram</a>")
        .doesNotContain("<script");
  }

  @Test
  void answersNotModifiedToAVisitorHoldingTheCurrentVersion() throws Exception {
    String slug = BioCalls.uniqueSlug("etag");
    String page = cleo.page(slug);
    cleo.publish(page);
    String etag = cleo.visit("/u/" + slug).andReturn().getResponse().getHeader("ETag");
    assertThat(etag).isNotBlank();

    mvc.perform(get("/u/" + slug).header("If-None-Match", etag))
        .andExpect(status().isNotModified());
    cleo.call(HttpMethod.PUT, PAGES + "/" + page, BioCalls.pageBody(slug, "New title"));
    cleo.publish(page);
    mvc.perform(get("/u/" + slug).header("If-None-Match", etag)).andExpect(status().isOk());
  }

  @Test
  void servesTheSamePageGzippedToVisitorsWhoAcceptIt() throws Exception {
    String slug = BioCalls.uniqueSlug("gzip");
    cleo.publish(cleo.page(slug));
    String plain = body("/u/" + slug);

    MockHttpServletResponse zipped =
        mvc.perform(get("/u/" + slug).header("Accept-Encoding", "gzip, br"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Encoding", "gzip"))
            .andExpect(header().string("Vary", Matchers.containsString("Accept-Encoding")))
            .andReturn()
            .getResponse();
    try (var in =
        new java.util.zip.GZIPInputStream(
            new java.io.ByteArrayInputStream(zipped.getContentAsByteArray()))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(plain);
    }
    mvc.perform(
            get("/u/" + slug)
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", zipped.getHeader("ETag")))
        .andExpect(status().isNotModified());
    mvc.perform(get("/robots.txt"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString("Allow: /u/")));
  }

  @Test
  void aClickIsCountedAndRedirectedToTheStoredUrlOnly() throws Exception {
    String slug = BioCalls.uniqueSlug("clicks");
    String page = cleo.page(slug);
    cleo.publish(page);
    String link = cleo.firstBlock(page);

    cleo.visit("/u/" + slug).andExpect(status().isOk());
    cleo.visit("/u/" + slug + "/l/" + link)
        .andExpect(status().isFound())
        .andExpect(header().string("Location", "https://example.com/shop"))
        .andExpect(header().string("Cache-Control", "no-store"));
    cleo.visit("/u/" + slug + "/l/" + link + "?url=https://evil.example")
        .andExpect(header().string("Location", "https://example.com/shop"));
    cleo.visit("/u/" + slug + "/l/000000000000000000000000").andExpect(status().isNotFound());
    cleo.visit("/u/" + slug + "/l/evil.example").andExpect(status().isNotFound());
    mvc.perform(get("/u/" + slug + "/l/" + link).header("DNT", "1")).andExpect(status().isFound());

    cleo.call(HttpMethod.GET, PAGES + "/" + page + "/analytics", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.views").value(1))
        .andExpect(jsonPath("$.data.clicks").value(2))
        .andExpect(jsonPath("$.data.days.length()").value(30))
        .andExpect(jsonPath("$.data.days[29].views").value(1))
        .andExpect(jsonPath("$.data.blocks[0].blockId").value(link))
        .andExpect(jsonPath("$.data.blocks[0].title").value("My shop"))
        .andExpect(jsonPath("$.data.blocks[0].clicks").value(2))
        .andExpect(jsonPath("$.data.blocks[0].daily[29]").value(2));
    cleo.call(HttpMethod.GET, PAGES + "/" + page + "/analytics?days=365", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.days").exists());
  }

  @Test
  void publicAnswersSetNoCookie() throws Exception {
    String slug = BioCalls.uniqueSlug("cookies");
    String page = cleo.page(slug);
    cleo.publish(page);
    String link = cleo.firstBlock(page);
    String etag = cleo.visit("/u/" + slug).andReturn().getResponse().getHeader("ETag");

    for (MockHttpServletResponse response :
        new MockHttpServletResponse[] {
          cleo.visit("/u/" + slug).andReturn().getResponse(),
          mvc.perform(get("/u/" + slug).header("If-None-Match", etag)).andReturn().getResponse(),
          cleo.visit("/u/" + slug + "/l/" + link).andReturn().getResponse(),
          cleo.visit("/u/" + slug + "/l/nope").andReturn().getResponse(),
          cleo.visit("/u/nobody-here-" + slug).andReturn().getResponse()
        }) {
      assertThat(response.getHeaders("Set-Cookie")).isEmpty();
      assertThat(response.getCookies()).isEmpty();
    }
  }

  @Test
  void escapesEverythingTheOwnerWrote() throws Exception {
    String slug = BioCalls.uniqueSlug("xss");
    String hostile =
        """
        {"slug": "%s", "title": "<script>alert(1)</script>",
         "description": "\\"><img src=x onerror=alert(2)>", "language": "en",
         "blocks": [{"type": "LINK", "title": "<b onmouseover=alert(3)>hi</b>",
                     "url": "https://example.com/?q='onmouseover=alert(4)"},
                    {"type": "BOOKING", "title": "</a><script>alert(5)</script>",
                     "serviceId": "svc"}]}
        """
            .formatted(slug);
    String page =
        ApiClient.read(
            cleo.call(HttpMethod.POST, PAGES, hostile).andExpect(status().isCreated()),
            "$.data.id");
    cleo.publish(page);

    String html = body("/u/" + slug);
    assertThat(html)
        .doesNotContain("<script", "<img src=x", "<b onmouseover")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
        .contains("&lt;b onmouseover=alert(3)&gt;hi&lt;/b&gt;");
    String preview =
        ApiClient.read(
            cleo.call(HttpMethod.POST, PAGES + "/" + page + "/preview", hostile), "$.data.html");
    assertThat(preview)
        .doesNotContain("<script", "'onmouseover")
        .contains("href=\"https://example.com/?q=&#39;onmouseover=alert(4)\"");
  }

  @Test
  void productAndBookingCardsShowTheStoresProductAndLeadToTheBookingPage() throws Exception {
    StoreCalls store = new StoreCalls(api, cleo.owner(), cleo.workspace());
    String mug = store.product("MUG-" + BioCalls.uniqueSlug("m"), false, 3, 2450);
    store
        .call(
            HttpMethod.PUT,
            "/api/ecommerce/products/" + mug,
            """
            {"name": "Stoneware mug", "priceMinor": 2450, "currency": "EUR", "sku": "MUG-%s",
             "stock": 3, "digital": false, "imageUrl": "https://cdn.example/mug.jpg"}
            """
                .formatted(mug))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.imageUrl").value("https://cdn.example/mug.jpg"));
    String slug = BioCalls.uniqueSlug("cards");
    String body =
        """
        {"slug": "%s", "title": "Shop", "language": "en",
         "blocks": [{"type": "PRODUCT", "productId": "%s", "url": "https://shop.example/mug"},
                    {"type": "BOOKING", "title": "Wheel class", "serviceId": "svc-42"}]}
        """
            .formatted(slug, mug);
    String page = ApiClient.read(cleo.call(HttpMethod.POST, PAGES, body), "$.data.id");
    cleo.publish(page);

    String html = body("/u/" + slug);
    assertThat(html)
        .contains("<h2>Stoneware mug</h2>", "€24.50", "Book Wheel class")
        .contains("<img src=\"https://cdn.example/mug.jpg\" alt=\"Stoneware mug\"");
    String booking =
        ApiClient.read(
            cleo.call(HttpMethod.GET, PAGES + "/" + page, null), "$.data.draft.blocks[1].id");
    cleo.visit("/u/" + slug + "/l/" + booking)
        .andExpect(status().isFound())
        .andExpect(header().string("Location", "/book/" + cleo.workspace() + "/svc-42"));
  }

  private void expectInvalid(String body, String field) throws Exception {
    cleo.call(HttpMethod.POST, PAGES, body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("ValidationError"))
        .andExpect(jsonPath("$.details['" + field + "']").exists());
  }

  private String body(String path) throws Exception {
    return cleo.visit(path).andReturn().getResponse().getContentAsString();
  }
}
