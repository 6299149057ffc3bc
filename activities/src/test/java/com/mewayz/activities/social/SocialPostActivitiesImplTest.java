package com.mewayz.activities.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.activities.mail.Mailer;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.domain.social.SocialAccount;
import com.mewayz.domain.social.SocialAccountStore;
import com.mewayz.domain.social.SocialPost;
import com.mewayz.domain.social.SocialPostStore;
import com.mewayz.domain.social.SocialQueueStore;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.workflows.social.PublishFailureTypes;
import com.mewayz.workflows.social.Published;
import com.mewayz.workflows.social.SocialPlatform;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.TargetStatus;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publish activity's idempotency and failure mapping, with the post record mocked and X
 * answered by a local server.
 */
class SocialPostActivitiesImplTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final String TOKEN = "x-token-abcd";
  private static final SocialAccount ACCOUNT =
      new SocialAccount(
          "acc-x",
          "ws-1",
          SocialPlatform.X,
          "Mewayz",
          "mewayz",
          null,
          "v1:sealed",
          "abcd",
          NOW,
          null,
          NOW,
          NOW);

  private final SocialPostStore posts = mock(SocialPostStore.class);
  private final SocialAccountStore accounts = mock(SocialAccountStore.class);
  private final EventDispatcher events = mock(EventDispatcher.class);
  private PlatformStub x;
  private SocialPostActivitiesImpl activities;

  @BeforeEach
  void setUp() throws Exception {
    x = new PlatformStub();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    XPublisher publisher =
        new XPublisher(new SocialHttp(clock), JsonMapper.builder().build(), x.baseUrl());
    activities =
        new SocialPostActivitiesImpl(
            posts,
            accounts,
            mock(SocialQueueStore.class),
            List.of(publisher),
            mock(UserRepository.class),
            new SocialMails(),
            mock(Mailer.class),
            events,
            clock);
    when(accounts.find("acc-x")).thenReturn(Optional.of(ACCOUNT));
    when(accounts.token(ACCOUNT)).thenReturn(Optional.of(TOKEN));
  }

  @AfterEach
  void stop() {
    x.close();
  }

  private void post(SocialPost.Target target, boolean earlierInFlight) {
    SocialPost post =
        new SocialPost(
            "post-1",
            "ws-1",
            "Hello",
            NOW,
            false,
            SocialPostStatus.PUBLISHING,
            List.of("acc-x"),
            Map.of("acc-x", target),
            "user-1",
            NOW,
            NOW,
            null);
    when(posts.find("post-1")).thenReturn(Optional.of(post));
    when(posts.beginAttempt(eq("post-1"), eq("acc-x"), any()))
        .thenReturn(
            new SocialPost.Target(
                SocialPlatform.X,
                "Mewayz",
                TargetStatus.PENDING,
                1,
                earlierInFlight,
                NOW,
                null,
                null,
                null,
                null));
  }

  private static SocialPost.Target pending() {
    return SocialPost.Target.pending(ACCOUNT);
  }

  @Test
  void publishesRecordsTheIdThenEmitsTheEvent() {
    post(pending(), false);
    x.answer(201, Map.of(), "{\"data\": {\"id\": \"99\", \"text\": \"Hello\"}}");

    Published published = activities.publish("post-1", "acc-x", "Hello");

    assertThat(published).isEqualTo(new Published("99", "https://x.com/mewayz/status/99"));
    verify(posts).beginAttempt("post-1", "acc-x", NOW);
    verify(posts).recordPublished("post-1", "acc-x", published, NOW);
    ArgumentCaptor<PlatformEvent> event = ArgumentCaptor.forClass(PlatformEvent.class);
    verify(events).publish(event.capture());
    assertThat(event.getValue().id())
        .isEqualTo("ws-1:social-post:post-1:acc-x:social.post_published");
    assertThat(event.getValue().data()).containsEntry("url", "https://x.com/mewayz/status/99");
  }

  @Test
  void aTargetRecordedAsPublishedIsAnsweredWithoutCallingThePlatformAgain() {
    post(
        new SocialPost.Target(
            SocialPlatform.X,
            "Mewayz",
            TargetStatus.PUBLISHED,
            1,
            false,
            NOW,
            "99",
            "https://x.com/mewayz/status/99",
            null,
            NOW),
        false);

    Published again = activities.publish("post-1", "acc-x", "Hello");

    assertThat(again.platformPostId()).isEqualTo("99");
    assertThat(x.received).isEmpty();
    verify(posts, never()).beginAttempt(anyString(), anyString(), any());
  }

  @Test
  void afterALostAnswerXsDuplicateRefusalMeansTheEarlierAttemptWentThrough() {
    post(pending(), true);
    x.answer(
        403,
        Map.of(),
        "{\"detail\": \"You are not allowed to create a Tweet with duplicate content.\"}");

    Published published = activities.publish("post-1", "acc-x", "Hello");

    assertThat(published).isEqualTo(new Published(null, null));
    verify(posts).recordPublished("post-1", "acc-x", published, NOW);
  }

  @Test
  void withoutALostAnswerADuplicateIsARefusalNotRetried() {
    post(pending(), false);
    x.answer(
        403,
        Map.of(),
        "{\"detail\": \"You are not allowed to create a Tweet with duplicate content.\"}");

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> activities.publish("post-1", "acc-x", "Hello"));

    assertThat(failure.getType()).isEqualTo(PublishFailureTypes.REJECTED.type());
    assertThat(failure.isNonRetryable()).isTrue();
    verify(posts).settleAttempt("post-1", "acc-x");
    verify(posts, never()).recordPublished(anyString(), anyString(), any(), any());
  }

  @Test
  void aRateLimitIsRetriedAfterXsResetTime() {
    post(pending(), false);
    x.answer(
        429,
        Map.of("x-rate-limit-reset", Long.toString(NOW.plusSeconds(600).getEpochSecond())),
        "{\"title\": \"Too Many Requests\"}");

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> activities.publish("post-1", "acc-x", "Hello"));

    assertThat(failure.getType()).isEqualTo(PublishFailureTypes.PLATFORM_UNAVAILABLE.type());
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aRefusedTokenMarksTheAccountForReconnectionAndIsNotRetried() {
    post(pending(), false);
    x.answer(401, Map.of(), "{\"title\": \"Unauthorized\", \"detail\": \"Unauthorized\"}");

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> activities.publish("post-1", "acc-x", "Hello"));

    assertThat(failure.getType()).isEqualTo(PublishFailureTypes.NEEDS_RECONNECT.type());
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("needs reconnecting").doesNotContain(TOKEN);
    verify(accounts).markNeedsReconnect(eq("acc-x"), anyString());
  }

  @Test
  void anAccountWithoutATokenIsNotConnectedAndNothingIsSent() {
    post(pending(), false);
    when(accounts.token(ACCOUNT)).thenReturn(Optional.empty());

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> activities.publish("post-1", "acc-x", "Hello"));

    assertThat(failure.getType()).isEqualTo(PublishFailureTypes.NOT_CONNECTED.type());
    assertThat(failure.getOriginalMessage()).contains("is not connected");
    assertThat(x.received).isEmpty();
  }
}
