package com.mewayz.activities.ai;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.domain.ai.AiContent;
import com.mewayz.domain.ai.AiContentRepository;
import com.mewayz.domain.ai.AiContentStore;
import com.mewayz.domain.ai.AiSettingsStore.ProviderAccess;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.workflows.ai.AiContentActivities;
import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.GenerationRequest;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The activities of AI content; see {@link AiContentActivities} for their contracts. */
@Component
public class AiContentActivitiesImpl implements AiContentActivities {
  static final String PUBLISHED_EVENT = "ai.content_published";

  private final AiContentRepository contents;
  private final AiContentStore store;
  private final AiGate gate;
  private final ContentGenerator generator;
  private final ContentPublisher publisher;
  private final EventDispatcher events;
  private final Clock clock;

  AiContentActivitiesImpl(
      AiContentRepository contents,
      AiContentStore store,
      AiGate gate,
      ContentGenerator generator,
      ContentPublisher publisher,
      EventDispatcher events,
      Clock clock) {
    this.contents = contents;
    this.store = store;
    this.gate = gate;
    this.generator = generator;
    this.publisher = publisher;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public ContentDraft generate(GenerationRequest request) {
    AiContent content = load(request.contentId());
    ProviderAccess access = gate.open(content.workspaceId());
    int attempt = Activity.getExecutionContext().getInfo().getAttempt();
    ContentDraft draft =
        generator.generate(
            access,
            new ContentGenerator.Ask(
                content.kind(),
                content.brief(),
                content.sourceMaterial(),
                request.feedback(),
                request.rejectedDraft()),
            gate.meter(
                content.workspaceId(),
                access,
                content.id() + ":" + request.round() + ":" + attempt));
    store.saveDraft(content.id(), request.round(), draft, request.feedback(), access.model());
    return draft;
  }

  @Override
  public void recordStatus(String contentId, AiContentStatus status, String message) {
    store.setStatus(contentId, status, message);
  }

  @Override
  public String publish(String contentId, ContentDraft approved) {
    AiContent content = load(contentId);
    String ref = publisher.publish(content, approved);
    store.published(contentId, approved, ref);
    events.publish(
        new PlatformEvent(
            content.workspaceId() + ":ai-content:" + contentId + ":" + PUBLISHED_EVENT,
            content.workspaceId(),
            PUBLISHED_EVENT,
            contentId,
            eventData(content, approved, ref),
            clock.instant()));
    return ref;
  }

  private static Map<String, Object> eventData(
      AiContent content, ContentDraft approved, String ref) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("contentId", content.id());
    data.put("kind", content.kind().name());
    data.put("target", content.target().type().name());
    data.put("publishedRef", ref);
    putIfSet(data, "title", approved.title());
    putIfSet(data, "subject", approved.subject());
    putIfSet(data, "body", approved.body());
    putIfSet(data, "metaDescription", approved.metaDescription());
    putIfSet(data, "sections", approved.sections());
    return data;
  }

  private static void putIfSet(Map<String, Object> data, String name, Object value) {
    if (value != null) {
      data.put(name, value);
    }
  }

  private AiContent load(String contentId) {
    return contents
        .findById(contentId)
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "The content " + contentId + " no longer exists",
                    FailureTypes.NOT_FOUND.type()));
  }
}
