package com.mewayz.activities.ai;

import com.mewayz.domain.ai.AiContent;
import com.mewayz.domain.ai.AiContentRepository;
import com.mewayz.domain.ai.AiContentStore;
import com.mewayz.domain.ai.AiSettingsStore.ProviderAccess;
import com.mewayz.workflows.ai.AiContentActivities;
import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.GenerationRequest;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import org.springframework.stereotype.Component;

@Component
public class AiContentActivitiesImpl implements AiContentActivities {
  private final AiContentRepository contents;
  private final AiContentStore store;
  private final AiGate gate;
  private final ContentGenerator generator;
  private final ContentPublisher publisher;

  AiContentActivitiesImpl(
      AiContentRepository contents,
      AiContentStore store,
      AiGate gate,
      ContentGenerator generator,
      ContentPublisher publisher) {
    this.contents = contents;
    this.store = store;
    this.gate = gate;
    this.generator = generator;
    this.publisher = publisher;
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
    return ref;
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
