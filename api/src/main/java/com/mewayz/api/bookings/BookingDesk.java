package com.mewayz.api.bookings;

import com.mewayz.api.bookings.BookingViews.BookRequest;
import com.mewayz.api.bookings.BookingViews.SlotView;
import com.mewayz.api.bookings.BookingViews.SlotsView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.NewIds;
import com.mewayz.domain.bookings.BookableService;
import com.mewayz.domain.bookings.Booking;
import com.mewayz.domain.bookings.BookingRepository;
import com.mewayz.domain.bookings.BookingStore;
import com.mewayz.domain.bookings.SlotPlanner;
import com.mewayz.domain.bookings.TimeClaims;
import com.mewayz.workflows.bookings.BookingProgress;
import com.mewayz.workflows.bookings.BookingReminderWorkflow;
import com.mewayz.workflows.bookings.BookingRequest;
import com.mewayz.workflows.bookings.BookingStatus;
import com.mewayz.workflows.bookings.Bookings;
import com.mewayz.workflows.bookings.Reschedule;
import com.mewayz.workflows.common.MewayzSearchAttributes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Books, moves and cancels, for the owner's endpoints and the customer's public ones alike. The
 * time a booking needs is held with {@link TimeClaims} before its record is written, so a request
 * that gets its answer holds its time; the reminder workflow is told of every change after the
 * record, and a workflow that cannot be reached never undoes a change already recorded.
 */
@Service
class BookingDesk {
  private static final Logger log = LoggerFactory.getLogger(BookingDesk.class);
  static final Duration LONGEST_SEARCH = Duration.ofDays(62);
  private static final Duration DEFAULT_SEARCH = Duration.ofDays(7);

  private final BookingRepository bookings;
  private final BookingStore store;
  private final TimeClaims claims;
  private final WorkflowClient temporal;
  private final Clock clock;

  BookingDesk(
      BookingRepository bookings,
      BookingStore store,
      TimeClaims claims,
      WorkflowClient temporal,
      Clock clock) {
    this.bookings = bookings;
    this.store = store;
    this.claims = claims;
    this.temporal = temporal;
    this.clock = clock;
  }

  /**
   * The free starts of the service in {@code [from, to)} (default: the next 7 days), shown on the
   * wall clock of {@code timeZone} (default: the host's). {@code movingBookingId} does not block
   * itself.
   */
  SlotsView slots(
      BookableService service, Instant from, Instant to, String timeZone, String movingBookingId) {
    Instant now = clock.instant();
    Instant start = from == null ? now : from;
    Instant end = to == null ? start.plus(DEFAULT_SEARCH) : to;
    if (!end.isAfter(start)) {
      throw ApiException.invalid("to", "must be after from");
    }
    if (Duration.between(start, end).compareTo(LONGEST_SEARCH) > 0) {
      throw ApiException.invalid("to", "must be at most 62 days after from");
    }
    String zone =
        timeZone == null || timeZone.isBlank() ? service.availability().timeZone() : timeZone;
    ServiceCatalog.validZone("timeZone", zone);
    Duration margin =
        Duration.ofMinutes(
            service.bufferBeforeMinutes()
                + service.bufferAfterMinutes()
                + (long) service.durationMinutes());
    List<Instant> free =
        SlotPlanner.freeSlots(
            service,
            start,
            end,
            now,
            claims.held(
                service.workspaceId(),
                service.resource(),
                start.minus(margin),
                end.plus(margin),
                movingBookingId));
    DateTimeFormatter local = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneId.of(zone));
    Duration duration = Duration.ofMinutes(service.durationMinutes());
    return new SlotsView(
        service.id(),
        zone,
        start,
        end,
        free.stream()
            .map(slot -> new SlotView(slot, slot.plus(duration), local.format(slot)))
            .toList());
  }

  Booking book(BookableService service, BookRequest body) {
    String zone = body.customerTimeZone().strip();
    ServiceCatalog.validZone("customerTimeZone", zone);
    String id = NewIds.next();
    Optional<Booking> bookedBefore =
        bookings.findById(id).filter(b -> b.serviceId().equals(service.id()));
    if (bookedBefore.isPresent()) {
      // An earlier attempt of this very request (same Idempotency-Key) booked and died before
      // answering, perhaps before starting the reminders.
      start(bookedBefore.get(), service);
      return bookedBefore.get();
    }
    Instant start = offeredStart(service, body.start());
    // A dead attempt's claims are under this same id, so they count as held by this booking.
    Booking booking =
        new Booking(
            id,
            service.workspaceId(),
            service.id(),
            service.name(),
            service.resource(),
            body.customerName().strip(),
            body.customerEmail().strip().toLowerCase(),
            zone,
            body.notes(),
            start,
            start.plus(Duration.ofMinutes(service.durationMinutes())),
            service.bufferBeforeMinutes(),
            service.bufferAfterMinutes(),
            BookingStatus.CONFIRMED,
            0,
            null,
            clock.instant(),
            clock.instant());
    if (!claims.claim(
        booking.workspaceId(),
        booking.resource(),
        booking.id(),
        booking.occupiedFrom(),
        booking.occupiedUntil())) {
      throw taken();
    }
    bookings.insert(booking);
    start(booking, service);
    return booking;
  }

  Booking reschedule(Booking booking, BookableService service, Instant requested) {
    requireChangeable(booking);
    Instant start = offeredStart(service, requested);
    Instant end = start.plus(Duration.ofMinutes(booking.durationMinutes()));
    Instant from = start.minusSeconds(booking.bufferBeforeMinutes() * 60L);
    Instant until = end.plusSeconds(booking.bufferAfterMinutes() * 60L);
    if (!claims.claim(booking.workspaceId(), booking.resource(), booking.id(), from, until)) {
      throw taken();
    }
    if (!store.move(booking.id(), booking.sequence(), start, end, clock.instant())) {
      // Changed meanwhile: give back what this call took beyond what the booking now holds.
      Booking now = reload(booking);
      if (now.status() == BookingStatus.CANCELLED) {
        claims.releaseAll(booking.id());
      } else {
        claims.releaseOutside(booking.id(), now.occupiedFrom(), now.occupiedUntil());
      }
      throw changedMeanwhile();
    }
    claims.releaseOutside(booking.id(), from, until);
    tell(
        booking,
        w ->
            w.reschedule(
                new Reschedule(start.toEpochMilli(), end.toEpochMilli(), booking.sequence() + 1)));
    return reload(booking);
  }

  Booking cancel(Booking booking, String by) {
    requireChangeable(booking);
    if (!store.cancel(booking.id(), booking.sequence(), by, clock.instant())) {
      throw changedMeanwhile();
    }
    claims.releaseAll(booking.id());
    tell(booking, w -> w.cancel(booking.sequence() + 1));
    return reload(booking);
  }

  /** The workflow's live view, or null when it ended or cannot be asked. */
  BookingProgress live(Booking booking) {
    if (booking.status().isFinal()) {
      return null;
    }
    try {
      return workflow(booking.id()).progress();
    } catch (RuntimeException e) {
      log.debug("Booking {} could not be asked for its progress", booking.id(), e);
      return null;
    }
  }

  /** Whether the customer or the owner may still move or cancel it: confirmed and not begun. */
  boolean changeable(Booking booking) {
    return booking.status() == BookingStatus.CONFIRMED
        && clock.instant().isBefore(booking.startAt());
  }

  private void requireChangeable(Booking booking) {
    if (booking.status() != BookingStatus.CONFIRMED) {
      throw ApiException.conflict(
          "The booking is " + booking.status().name().toLowerCase() + " and can no longer change");
    }
    if (!changeable(booking)) {
      throw ApiException.conflict("The booking has begun and can no longer change");
    }
  }

  private Instant offeredStart(BookableService service, Instant start) {
    if (!start.isAfter(clock.instant())) {
      throw ApiException.invalid("start", "is in the past");
    }
    if (!SlotPlanner.isOffered(service, start)) {
      throw ApiException.invalid("start", "is not one of the service's times");
    }
    return start;
  }

  private static ApiException taken() {
    return new ApiException(
        HttpStatus.CONFLICT,
        "Conflict",
        "That time was just booked: choose another",
        Map.of("start", "is no longer free"));
  }

  private static ApiException changedMeanwhile() {
    return ApiException.conflict("The booking was changed meanwhile: reload it and try again");
  }

  private void start(Booking booking, BookableService service) {
    BookingReminderWorkflow workflow =
        temporal.newWorkflowStub(
            BookingReminderWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(Bookings.workflowId(booking.id()))
                .setTaskQueue(Bookings.TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(MewayzSearchAttributes.WORKSPACE_ID, booking.workspaceId())
                        .build())
                .build());
    try {
      WorkflowClient.start(
          workflow::run,
          new BookingRequest(
              booking.id(),
              booking.workspaceId(),
              booking.startAt().toEpochMilli(),
              booking.endAt().toEpochMilli(),
              booking.sequence(),
              service.reminderOffsetsMinutes(),
              service.followUpAfterMinutes(),
              booking.createdAt().toEpochMilli()));
    } catch (WorkflowExecutionAlreadyStarted running) {
      // Started by an earlier attempt of the same request: one workflow per booking.
    } catch (RuntimeException e) {
      // Without its workflow the customer would get no confirmation: undo the booking.
      bookings.deleteById(booking.id());
      claims.releaseAll(booking.id());
      log.error("Could not start the booking workflow", e);
      throw ApiException.unavailable("Bookings cannot be taken right now; try again shortly");
    }
  }

  private void tell(Booking booking, java.util.function.Consumer<BookingReminderWorkflow> update) {
    try {
      update.accept(workflow(booking.id()));
    } catch (RuntimeException e) {
      // The record and the time are changed already; the customer is still told by the record's
      // pages. An operator sees the failure in the log and in Temporal UI.
      log.error("Booking {} changed but its workflow could not be told", booking.id(), e);
    }
  }

  private BookingReminderWorkflow workflow(String bookingId) {
    return temporal.newWorkflowStub(BookingReminderWorkflow.class, Bookings.workflowId(bookingId));
  }

  private Booking reload(Booking booking) {
    return bookings.findById(booking.id()).orElse(booking);
  }
}
