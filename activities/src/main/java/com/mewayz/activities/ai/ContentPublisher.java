package com.mewayz.activities.ai;

import com.mewayz.activities.mail.Html;
import com.mewayz.domain.ai.AiContent;
import com.mewayz.domain.campaigns.Campaign;
import com.mewayz.domain.campaigns.CampaignRepository;
import com.mewayz.domain.commerce.ProductStore;
import com.mewayz.domain.courses.Course;
import com.mewayz.domain.courses.CourseRepository;
import com.mewayz.domain.courses.LessonKind;
import com.mewayz.workflows.ai.AiFailureTypes;
import com.mewayz.workflows.ai.ContentDraft;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Puts approved content where it belongs. Each target is idempotent per content: the campaign draft
 * and the lesson take the content's id, a product's description is set rather than added.
 */
@Component
class ContentPublisher {
  private final CampaignRepository campaigns;
  private final ProductStore products;
  private final CourseRepository courses;
  private final SocialPostScheduler social;
  private final Clock clock;

  ContentPublisher(
      CampaignRepository campaigns,
      ProductStore products,
      CourseRepository courses,
      ObjectProvider<SocialPostScheduler> social,
      Clock clock) {
    this.campaigns = campaigns;
    this.products = products;
    this.courses = courses;
    this.social = social.getIfAvailable(() -> SocialPostScheduler.NOT_AVAILABLE);
    this.clock = clock;
  }

  /** Returns what the content became: an id in its target, or null when it is kept as is. */
  String publish(AiContent content, ContentDraft approved) {
    return switch (content.target().type()) {
      case NONE -> null;
      case SOCIAL_POST ->
          social.schedule(
              content.workspaceId(), content.id(), approved.body(), content.createdBy());
      case CAMPAIGN_DRAFT -> campaignDraft(content, approved);
      case PRODUCT_DESCRIPTION -> productDescription(content, approved);
      case COURSE_LESSON -> lesson(content, approved);
    };
  }

  private String campaignDraft(AiContent content, ContentDraft approved) {
    if (campaigns.existsById(content.id())) {
      return content.id();
    }
    Instant now = clock.instant();
    try {
      campaigns.insert(
          new Campaign(
              content.id(),
              content.workspaceId(),
              "AI draft: " + abbreviate(approved.subject(), 80),
              approved.subject(),
              paragraphs(approved.body()),
              approved.body(),
              content.target().fromName(),
              content.target().fromEmail(),
              null,
              null,
              Campaign.DRAFT,
              null,
              null,
              null,
              null,
              now,
              now));
    } catch (DuplicateKeyException insertedByAnEarlierAttempt) {
      // The same campaign: nothing more to do.
    }
    return content.id();
  }

  private String productDescription(AiContent content, ContentDraft approved) {
    String productId = content.target().targetId();
    if (!products.describe(productId, content.workspaceId(), approved.body(), clock.instant())) {
      throw unavailable("The product no longer exists: its description was not changed");
    }
    return productId;
  }

  private String lesson(AiContent content, ContentDraft approved) {
    Course course =
        courses
            .findByIdAndWorkspaceId(content.target().targetId(), content.workspaceId())
            .orElseThrow(() -> unavailable("The course no longer exists"));
    String moduleId = content.target().moduleId();
    Course.Module module =
        course
            .module(moduleId)
            .orElseThrow(() -> unavailable("The course no longer has the module"));
    if (module.lessons().stream().anyMatch(l -> l.id().equals(content.id()))) {
      return content.id();
    }
    List<Course.Lesson> lessons = new ArrayList<>(module.lessons());
    lessons.add(
        new Course.Lesson(
            content.id(), approved.title(), LessonKind.CONTENT, outline(approved), null));
    // A concurrent edit of the course fails the save (its version changed): the retry reads again.
    courses.save(course.withModule(moduleId, m -> m.withLessons(lessons), clock.instant()));
    return content.id();
  }

  private static String outline(ContentDraft approved) {
    StringBuilder body = new StringBuilder();
    List<String> sections = approved.sections() == null ? List.of() : approved.sections();
    for (int i = 0; i < sections.size(); i++) {
      body.append(i + 1).append(". ").append(sections.get(i)).append('\n');
    }
    return body.toString().strip();
  }

  private static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      html.append("<p>")
          .append(Html.escape(paragraph.strip()).replace("\n", "<br>"))
          .append("</p>");
    }
    return html.toString();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static ApplicationFailure unavailable(String message) {
    return ApplicationFailure.newNonRetryableFailure(
        message, AiFailureTypes.TARGET_UNAVAILABLE.type());
  }
}
