package com.mewayz.api.linkinbio;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.domain.linkinbio.BioPage;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes {@code bio_page.published} for automations, keyed by the slug, once per published
 * version. A failure to start automations is logged and does not undo the publication.
 */
@Component
class BioEvents {
  static final String PUBLISHED = "bio_page.published";
  private static final Logger log = LoggerFactory.getLogger(BioEvents.class);

  private final EventDispatcher events;
  private final Clock clock;

  BioEvents(EventDispatcher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  void published(BioPage page) {
    try {
      events.publish(
          new PlatformEvent(
              page.workspaceId()
                  + ":bio:"
                  + page.id()
                  + ":"
                  + PUBLISHED
                  + ":"
                  + page.publishedVersion(),
              page.workspaceId(),
              PUBLISHED,
              page.slug(),
              Map.of(
                  "page",
                  Map.of(
                      "id", page.id(),
                      "slug", page.slug(),
                      "path", PublicBioController.pathOf(page.slug()),
                      "title", page.published().title(),
                      "version", page.publishedVersion())),
              clock.instant()));
    } catch (RuntimeException e) {
      log.warn("Could not publish {} for page {}", PUBLISHED, page.id(), e);
    }
  }
}
