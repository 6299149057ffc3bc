package com.mewayz.api.social;

import com.mewayz.domain.social.SocialAccount;
import com.mewayz.domain.social.SocialAccountState;
import com.mewayz.domain.social.SocialPost;
import com.mewayz.domain.social.SocialQueue;
import com.mewayz.workflows.social.PostProgress;
import com.mewayz.workflows.social.SocialPlatform;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.TargetStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the social endpoints. Tokens go in and never come back out. */
final class SocialViews {
  private SocialViews() {}

  /**
   * Adds an account; with {@code accessToken} it is connected at once. {@code authorUrn} is needed
   * on LinkedIn (who posts: a member or an organization), {@code handle} is the X username.
   */
  record AccountRequest(
      @NotNull SocialPlatform platform,
      @NotBlank @Size(max = 100) String displayName,
      @Size(max = 16)
          @Pattern(regexp = "@?[A-Za-z0-9_]{1,15}", message = "must be an X username, like @mewayz")
          String handle,
      @Size(max = 100)
          @Pattern(
              regexp = "urn:li:(person|organization):[A-Za-z0-9_-]+",
              message = "must be a LinkedIn author URN (urn:li:person:… or urn:li:organization:…)")
          String authorUrn,
      @Size(min = 8, max = 4096, message = "must be an OAuth access token (8 to 4096 characters)")
          String accessToken) {
    @Override
    public String toString() {
      return "AccountRequest[" + platform + " " + displayName + ", token masked]";
    }
  }

  record TokenRequest(
      @NotBlank
          @Size(
              min = 8,
              max = 4096,
              message = "must be an OAuth access token (8 to 4096 characters)")
          String accessToken) {
    @Override
    public String toString() {
      return "TokenRequest[token masked]";
    }
  }

  /**
   * {@code scheduledAt} names the publish time; {@code queue: true} takes the queue's next free
   * slot instead; neither publishes now.
   */
  record CreatePostRequest(
      @NotBlank @Size(max = 5000) String text,
      @NotEmpty @Size(max = 20) List<@NotBlank String> accountIds,
      Instant scheduledAt,
      Boolean queue) {}

  record EditPostRequest(@NotBlank @Size(max = 5000) String text) {}

  /** Either a time or {@code queue: true}. */
  record RescheduleRequest(Instant scheduledAt, Boolean queue) {}

  record SlotRequest(
      @NotNull DayOfWeek day,
      @NotNull
          @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time of day HH:mm")
          String time) {}

  record QueueRequest(
      @NotBlank @Size(max = 64) String timeZone,
      @NotNull @Size(max = 70) List<@Valid @NotNull SlotRequest> slots) {}

  record AccountView(
      String id,
      SocialPlatform platform,
      String displayName,
      String handle,
      String authorUrn,
      SocialAccountState state,
      boolean connected,
      String tokenLast4,
      Instant connectedAt,
      String reconnectReason,
      Instant createdAt) {
    static AccountView of(SocialAccount a) {
      return new AccountView(
          a.id(),
          a.platform(),
          a.displayName(),
          a.handle(),
          a.authorUrn(),
          a.state(),
          a.state() == SocialAccountState.CONNECTED,
          a.tokenLast4(),
          a.connectedAt(),
          a.reconnectReason(),
          a.createdAt());
    }
  }

  record TargetView(
      String accountId,
      SocialPlatform platform,
      String accountName,
      TargetStatus status,
      int attempts,
      String platformPostId,
      String url,
      String error,
      Instant publishedAt) {}

  /**
   * A post as stored, plus its workflow's live status ({@code liveStatus}, null when it ended or
   * could not be asked).
   */
  record PostView(
      String id,
      String text,
      Instant scheduledAt,
      boolean fromQueue,
      SocialPostStatus status,
      SocialPostStatus liveStatus,
      List<TargetView> targets,
      Instant createdAt,
      Instant publishedAt) {
    static PostView of(SocialPost p, PostProgress live) {
      List<TargetView> targets =
          p.accountIds().stream()
              .map(
                  id -> {
                    SocialPost.Target t = p.target(id);
                    return new TargetView(
                        id,
                        t.platform(),
                        t.accountName(),
                        t.status(),
                        t.attempts(),
                        t.platformPostId(),
                        t.url(),
                        t.error(),
                        t.publishedAt());
                  })
              .toList();
      return new PostView(
          p.id(),
          p.text(),
          p.scheduledAt(),
          p.fromQueue(),
          p.status(),
          live == null ? null : live.status(),
          targets,
          p.createdAt(),
          p.publishedAt());
    }
  }

  /** The queue, with its next free slots so the UI can show where a new post will land. */
  record QueueView(String timeZone, List<SocialQueue.Slot> slots, List<Instant> nextFreeSlots) {}
}
