package com.mewayz.api.ai;

import com.mewayz.api.ai.AiViews.ContentRequest;
import com.mewayz.api.ai.AiViews.ContentView;
import com.mewayz.api.ai.AiViews.DraftRequest;
import com.mewayz.api.ai.AiViews.TargetRequest;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.web.UpdateRejections;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.ai.AiContent;
import com.mewayz.domain.ai.AiContentRepository;
import com.mewayz.domain.ai.AiContentTarget;
import com.mewayz.domain.ai.AiSettings;
import com.mewayz.domain.ai.AiSettingsStore;
import com.mewayz.domain.ai.AiUsage;
import com.mewayz.domain.commerce.ProductRepository;
import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.CourseRepository;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.workflows.ai.AiContentProgress;
import com.mewayz.workflows.ai.AiContentRequest;
import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.AiContentWorkflow;
import com.mewayz.workflows.ai.AiContents;
import com.mewayz.workflows.ai.Approval;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import com.mewayz.workflows.ai.Rejection;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Starts one AiContentWorkflow per piece of content and relays people's decisions to it as updates.
 * A workspace without a provider, or with its budget spent, is answered at once (422) rather than
 * given a process that could only fail.
 */
@Service
class AiContentService {
  private static final Logger log = LoggerFactory.getLogger(AiContentService.class);

  private final AiContentRepository contents;
  private final AiSettingsStore settings;
  private final AiUsage usage;
  private final ProductRepository products;
  private final CourseRepository courses;
  private final UserRepository users;
  private final WorkspaceRepository workspaces;
  private final WorkflowClient temporal;
  private final Clock clock;

  AiContentService(
      AiContentRepository contents,
      AiSettingsStore settings,
      AiUsage usage,
      ProductRepository products,
      CourseRepository courses,
      UserRepository users,
      WorkspaceRepository workspaces,
      WorkflowClient temporal,
      Clock clock) {
    this.contents = contents;
    this.settings = settings;
    this.usage = usage;
    this.products = products;
    this.courses = courses;
    this.users = users;
    this.workspaces = workspaces;
    this.temporal = temporal;
    this.clock = clock;
  }

  PageResponse<ContentView> list(WorkspaceAccess access, PageRequestParams params) {
    PageRequest page =
        PageRequest.of(params.page(), params.size(), Sort.by(Sort.Direction.DESC, "createdAt"));
    Page<AiContent> found = contents.findByWorkspaceId(access.workspaceId(), page);
    return new PageResponse<>(
        found.getContent().stream().map(c -> ContentView.of(c, null)).toList(),
        params.page(),
        params.size(),
        found.getTotalElements());
  }

  ContentView get(WorkspaceAccess access, String contentId) {
    AiContent content = load(access, contentId);
    return ContentView.of(content, live(content));
  }

  ContentView create(WorkspaceAccess access, ContentRequest body) {
    AiContentTarget target = target(access, body.kind(), body.target());
    AiSettings provider = requireProvider(access.workspaceId());
    if (usage.thisMonth(access.workspaceId(), provider.monthlyBudgetCents()).budgetSpent()) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "AiBudgetExhausted",
          "This month's AI budget is spent: raise it in the AI settings or wait for next month",
          Map.of("monthlyBudgetCents", "is spent for this month"));
    }
    Instant now = clock.instant();
    boolean requireApproval = body.requireApproval() == null || body.requireApproval();
    int regenerations =
        body.maxRegenerations() == null
            ? AiContents.DEFAULT_REGENERATIONS
            : body.maxRegenerations();
    AiContent content =
        contents.insert(
            new AiContent(
                new ObjectId().toHexString(),
                access.workspaceId(),
                body.kind(),
                body.brief().strip(),
                body.sourceMaterial() == null || body.sourceMaterial().isBlank()
                    ? null
                    : body.sourceMaterial().strip(),
                target,
                requireApproval,
                regenerations,
                AiContentStatus.GENERATING,
                0,
                null,
                List.of(),
                null,
                null,
                provider.model(),
                access.userId(),
                now,
                now));
    start(content);
    return ContentView.of(content, null);
  }

  ContentView approve(WorkspaceAccess access, String contentId, DraftRequest edited) {
    AiContent content = load(access, contentId);
    ContentDraft draft = edited == null ? null : checkedEdit(content.kind(), edited.toDraft());
    return act(content, w -> w.approve(new Approval(access.userId(), draft)));
  }

  ContentView reject(WorkspaceAccess access, String contentId, String feedback) {
    AiContent content = load(access, contentId);
    return act(content, w -> w.reject(new Rejection(access.userId(), feedback.strip())));
  }

  ContentView cancel(WorkspaceAccess access, String contentId) {
    AiContent content = load(access, contentId);
    if (content.status().isFinal()) {
      throw ended(content);
    }
    try {
      WorkflowStub.fromTyped(workflow(contentId)).cancel();
    } catch (WorkflowNotFoundException e) {
      throw ended(reload(content));
    }
    return ContentView.of(reload(content), null);
  }

  private ContentView act(
      AiContent content, Function<AiContentWorkflow, AiContentProgress> decision) {
    AiContentProgress progress;
    try {
      progress = decision.apply(workflow(content.id()));
    } catch (WorkflowUpdateException e) {
      throw UpdateRejections.conflict(e, "The content refused the decision");
    } catch (WorkflowNotFoundException e) {
      throw ended(reload(content));
    }
    return ContentView.of(reload(content), progress);
  }

  private AiSettings requireProvider(String workspaceId) {
    return settings
        .find(workspaceId)
        .filter(AiSettings::usable)
        .orElseThrow(
            () ->
                new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "AiNotConfigured",
                    "AI is not configured for this workspace: an admin sets a provider in"
                        + " Settings, AI",
                    Map.of("provider", "is not configured")));
  }

  /** The target, checked against the kind and the workspace's own products and courses. */
  private AiContentTarget target(WorkspaceAccess access, ContentKind kind, TargetRequest body) {
    if (body == null || body.type() == AiContentTarget.Type.NONE) {
      return AiContentTarget.none();
    }
    ContentKind expected =
        switch (body.type()) {
          case SOCIAL_POST -> ContentKind.SOCIAL_POST;
          case CAMPAIGN_DRAFT -> ContentKind.EMAIL;
          case PRODUCT_DESCRIPTION -> ContentKind.PRODUCT_DESCRIPTION;
          case COURSE_LESSON -> ContentKind.LESSON_OUTLINE;
          case NONE -> kind;
        };
    if (expected != kind) {
      throw ApiException.invalid("target.type", body.type() + " takes " + expected + " content");
    }
    return switch (body.type()) {
      case PRODUCT_DESCRIPTION -> {
        if (body.productId() == null
            || products.findByIdAndWorkspaceId(body.productId(), access.workspaceId()).isEmpty()) {
          throw ApiException.invalid("target.productId", "names no product of this workspace");
        }
        yield new AiContentTarget(body.type(), body.productId(), null, null, null);
      }
      case COURSE_LESSON -> {
        Course course =
            body.courseId() == null
                ? null
                : courses
                    .findByIdAndWorkspaceId(body.courseId(), access.workspaceId())
                    .orElse(null);
        if (course == null) {
          throw ApiException.invalid("target.courseId", "names no course of this workspace");
        }
        if (body.moduleId() == null || course.module(body.moduleId()).isEmpty()) {
          throw ApiException.invalid("target.moduleId", "names no module of this course");
        }
        yield new AiContentTarget(body.type(), course.id(), body.moduleId(), null, null);
      }
      case CAMPAIGN_DRAFT ->
          new AiContentTarget(
              body.type(),
              null,
              null,
              body.fromName() == null || body.fromName().isBlank()
                  ? workspaceName(access)
                  : body.fromName().strip(),
              body.fromEmail() == null || body.fromEmail().isBlank()
                  ? userEmail(access)
                  : body.fromEmail().strip());
      default -> new AiContentTarget(body.type(), null, null, null, null);
    };
  }

  private String workspaceName(WorkspaceAccess access) {
    return workspaces.findById(access.workspaceId()).map(w -> w.name()).orElse("Mewayz");
  }

  private String userEmail(WorkspaceAccess access) {
    return users
        .findById(access.userId())
        .map(u -> u.email())
        .orElseThrow(() -> ApiException.invalid("target.fromEmail", "is required"));
  }

  /** An edit must keep every field its kind publishes. */
  private static ContentDraft checkedEdit(ContentKind kind, ContentDraft edit) {
    List<String> required =
        switch (kind) {
          case SOCIAL_POST, PRODUCT_DESCRIPTION -> List.of("body");
          case EMAIL -> List.of("subject", "body");
          case SEO -> List.of("title", "metaDescription");
          case LESSON_OUTLINE -> List.of("title", "sections");
        };
    for (String field : required) {
      Object value =
          switch (field) {
            case "title" -> edit.title();
            case "subject" -> edit.subject();
            case "body" -> edit.body();
            case "metaDescription" -> edit.metaDescription();
            default -> edit.sections() == null || edit.sections().isEmpty() ? null : "set";
          };
      if (value == null) {
        throw ApiException.invalid("edited." + field, "is required for " + kind + " content");
      }
    }
    return edit;
  }

  private void start(AiContent content) {
    AiContentWorkflow workflow =
        temporal.newWorkflowStub(
            AiContentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(AiContents.workflowId(content.id()))
                .setTaskQueue(AiContents.TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, content.workspaceId())
                        .build())
                .build());
    try {
      WorkflowClient.start(
          workflow::run,
          new AiContentRequest(
              content.id(),
              content.workspaceId(),
              content.requireApproval(),
              content.maxRegenerations()));
    } catch (RuntimeException e) {
      // Without its workflow nothing would ever be generated: drop the record.
      contents.deleteById(content.id());
      log.error("Could not start the AI content workflow", e);
      throw ApiException.unavailable("Content cannot be generated right now; try again shortly");
    }
  }

  private AiContentProgress live(AiContent content) {
    if (content.status().isFinal()) {
      return null;
    }
    try {
      return workflow(content.id()).status();
    } catch (RuntimeException e) {
      log.debug("Content {} could not be asked for its status", content.id(), e);
      return null;
    }
  }

  private AiContentWorkflow workflow(String contentId) {
    return temporal.newWorkflowStub(AiContentWorkflow.class, AiContents.workflowId(contentId));
  }

  private AiContent load(WorkspaceAccess access, String contentId) {
    return contents
        .findByIdAndWorkspaceId(contentId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Content"));
  }

  private AiContent reload(AiContent content) {
    return contents.findById(content.id()).orElse(content);
  }

  private static ApiException ended(AiContent content) {
    return ApiException.conflict(
        "The content is "
            + content.status().name().toLowerCase().replace('_', ' ')
            + ": nothing to decide");
  }
}
