package com.mewayz.api.linkinbio;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Link-in-bio calls of one owner in one workspace, and a visitor's requests to public pages. */
public record BioCalls(MockMvc mvc, ApiClient api, Account owner, String workspace) {
  static final String PAGES = "/api/link-in-bio/pages";

  /** A slug no other test uses. */
  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, owner, json);
  }

  /** A page with one link to {@code https://example.com/shop}; its id. */
  public String page(String slug) throws Exception {
    return ApiClient.read(
        call(HttpMethod.POST, PAGES, pageBody(slug, "Cleo's links")), "$.data.id");
  }

  public static String pageBody(String slug, String title) {
    return """
        {"slug": "%s", "title": "%s", "description": "Ceramics and classes",
         "theme": "OCEAN", "language": "en",
         "socials": [{"platform": "INSTAGRAM", "url": "https://instagram.com/cleo"}],
         "blocks": [{"type": "LINK", "title": "My shop", "url": "https://example.com/shop"}]}
        """
        .formatted(slug, title);
  }

  public ResultActions publish(String pageId) throws Exception {
    return call(HttpMethod.POST, PAGES + "/" + pageId + "/publish", null);
  }

  /** The first block id of the page's draft. */
  public String firstBlock(String pageId) throws Exception {
    return ApiClient.read(
        call(HttpMethod.GET, PAGES + "/" + pageId, null), "$.data.draft.blocks[0].id");
  }

  public ResultActions visit(String path) throws Exception {
    return mvc.perform(get(path));
  }
}
