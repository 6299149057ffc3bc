package com.mewayz.api.social;

import com.mewayz.api.social.SocialViews.QueueRequest;
import com.mewayz.api.social.SocialViews.QueueView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.social.SocialQueue;
import com.mewayz.domain.social.SocialQueueStore;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's weekly posting slots, in its time zone. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/social/queue")
class SocialQueueController {
  static final int NEXT_SLOTS_SHOWN = 5;

  private final SocialQueueStore queues;
  private final Clock clock;

  SocialQueueController(SocialQueueStore queues, Clock clock) {
    this.queues = queues;
    this.clock = clock;
  }

  @GetMapping
  ApiResponse<QueueView> get(WorkspaceAccess access) {
    return ApiResponse.ok(
        queues
            .find(access.workspaceId())
            .map(this::view)
            .orElse(new QueueView(null, List.of(), List.of())));
  }

  @PutMapping
  ApiResponse<QueueView> put(WorkspaceAccess access, @Valid @RequestBody QueueRequest body) {
    String timeZone = body.timeZone().strip();
    if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
      throw ApiException.invalid("timeZone", "must be an IANA time zone, like Europe/Paris");
    }
    List<SocialQueue.Slot> slots =
        body.slots().stream()
            .map(s -> new SocialQueue.Slot(s.day(), s.time()))
            .distinct()
            .sorted(
                (a, b) ->
                    a.day() != b.day() ? a.day().compareTo(b.day()) : a.time().compareTo(b.time()))
            .toList();
    return ApiResponse.ok(
        view(queues.save(access.workspaceId(), timeZone, slots)), "Queue slots saved");
  }

  private QueueView view(SocialQueue queue) {
    return new QueueView(
        queue.timeZone(),
        queue.slots(),
        queues.freeSlots(queue, clock.instant(), NEXT_SLOTS_SHOWN));
  }
}
