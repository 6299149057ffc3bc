package com.mewayz.api.platform;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.api.support.ApiTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The files that make the UI an installable app, as the browser fetches them from the built UI.
 * They exist once the ui module has been built (always in {@code ./mvnw verify}).
 */
@ApiTest
class InstallableAppTest {
  @Autowired MockMvc mvc;

  @BeforeEach
  void needsTheBuiltUi() {
    assumeThat(new ClassPathResource("static/sw.js").exists())
        .as("the UI is built (not -Dskip.ui=true on a fresh checkout)")
        .isTrue();
  }

  @Test
  void servesTheServiceWorkerAsJavaScriptThatBrowsersRevalidateOnEveryLoad() throws Exception {
    mvc.perform(get("/sw.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("javascript")))
        .andExpect(header().string("Cache-Control", "no-cache"))
        .andExpect(content().string(containsString("const PRECACHE = [")))
        .andExpect(content().string(containsString("/index.html")));
  }

  @Test
  void servesTheManifestWithItsContentTypeAndIcons() throws Exception {
    mvc.perform(get("/manifest.webmanifest"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("application/manifest+json")))
        .andExpect(header().string("Cache-Control", "no-cache"))
        .andExpect(jsonPath("$.display").value("standalone"))
        .andExpect(jsonPath("$.start_url").value("/"))
        .andExpect(jsonPath("$.icons[?(@.purpose=='maskable')].sizes").value("512x512"));
    mvc.perform(get("/icons/icon-192.png"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"));
  }

  @Test
  void letsBrowsersKeepHashedAssetsForAYear() throws Exception {
    String html = mvc.perform(get("/index.html")).andReturn().getResponse().getContentAsString();
    Matcher asset = Pattern.compile("/assets/[^\"]+\\.js").matcher(html);
    assumeThat(asset.find()).isTrue();

    mvc.perform(get(asset.group()))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
        .andExpect(header().string("Cache-Control", containsString("immutable")));
  }
}
