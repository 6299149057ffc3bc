package com.mewayz.api.bookings;

import com.mewayz.domain.bookings.Availability;
import com.mewayz.domain.bookings.BookableService;
import com.mewayz.domain.bookings.Booking;
import com.mewayz.workflows.bookings.BookingProgress;
import com.mewayz.workflows.bookings.BookingStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the booking endpoints. */
final class BookingViews {
  // Every time of day is on a 5-minute step, the granule of the time claims.
  static final String TIME = "([01]\\d|2[0-3]):[0-5][05]|24:00";
  static final String TIME_MESSAGE = "must be a time of day HH:mm on a 5-minute step";
  static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  private BookingViews() {}

  /**
   * A service as the owner edits it. Durations in minutes, each a multiple of 5; {@code
   * slotStepMinutes} defaults to the duration, the buffers to 0, the reminders to 24 h and 1 h
   * before, the follow-up to 60 minutes after the end.
   */
  record ServiceRequest(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 5000) String description,
      @NotNull @Min(5) @Max(1440) Integer durationMinutes,
      @Min(0) @Max(720) Integer bufferBeforeMinutes,
      @Min(0) @Max(720) Integer bufferAfterMinutes,
      @Min(5) @Max(1440) Integer slotStepMinutes,
      @NotNull @Min(0) @Max(100_000_000) Long priceMinor,
      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like EUR")
          String currency,
      @Size(max = 60)
          @Pattern(
              regexp = "([A-Za-z0-9][A-Za-z0-9 _-]*)?",
              message = "must be letters, digits, spaces, - or _")
          String resource,
      Boolean published,
      @NotNull @Valid AvailabilityRequest availability,
      @Size(max = 5) List<@NotNull @Min(5) @Max(20160) Integer> reminderOffsetsMinutes,
      @Min(0) @Max(20160) Integer followUpAfterMinutes) {}

  record AvailabilityRequest(
      @NotBlank String timeZone,
      @NotNull @Size(max = 70) List<@Valid @NotNull WeeklyHoursRequest> weekly,
      @Size(max = 500) List<@Valid @NotNull ExceptionRequest> exceptions) {}

  record WeeklyHoursRequest(
      @NotNull DayOfWeek day,
      @NotNull @Pattern(regexp = TIME, message = TIME_MESSAGE) String start,
      @NotNull @Pattern(regexp = TIME, message = TIME_MESSAGE) String end) {}

  /** A date whose hours replace the weekly ones; no hours closes it. */
  record ExceptionRequest(
      @NotNull @Pattern(regexp = DATE, message = "must be a date yyyy-MM-dd") String date,
      @Size(max = 10) List<@Valid @NotNull RangeRequest> hours) {}

  record RangeRequest(
      @NotNull @Pattern(regexp = TIME, message = TIME_MESSAGE) String start,
      @NotNull @Pattern(regexp = TIME, message = TIME_MESSAGE) String end) {}

  /** A booking of a service, by the owner or by the customer on the public page. */
  record BookRequest(
      @NotNull Instant start,
      @NotBlank @Size(max = 200) String customerName,
      @NotBlank @Email @Size(max = 254) String customerEmail,
      @NotBlank String customerTimeZone,
      @Size(max = 2000) String notes) {}

  record RescheduleRequest(@NotNull Instant start) {}

  record ServiceView(
      String id,
      String name,
      String slug,
      String description,
      int durationMinutes,
      int bufferBeforeMinutes,
      int bufferAfterMinutes,
      int slotStepMinutes,
      long priceMinor,
      String currency,
      String resource,
      boolean published,
      Availability availability,
      List<Integer> reminderOffsetsMinutes,
      int followUpAfterMinutes,
      String bookingUrl,
      Instant createdAt,
      Instant updatedAt) {

    static ServiceView of(BookableService s, String bookingUrl) {
      return new ServiceView(
          s.id(),
          s.name(),
          s.slug(),
          s.description(),
          s.durationMinutes(),
          s.bufferBeforeMinutes(),
          s.bufferAfterMinutes(),
          s.slotStepMinutes(),
          s.priceMinor(),
          s.currency(),
          s.resource(),
          s.published(),
          s.availability(),
          s.reminderOffsetsMinutes(),
          s.followUpAfterMinutes(),
          bookingUrl,
          s.createdAt(),
          s.updatedAt());
    }
  }

  /** What a customer sees of a published service. */
  record PublicServiceView(
      String id,
      String workspaceName,
      String name,
      String slug,
      String description,
      int durationMinutes,
      long priceMinor,
      String currency,
      String timeZone,
      String bookingUrl) {

    static PublicServiceView of(BookableService s, String workspaceName, String bookingUrl) {
      return new PublicServiceView(
          s.id(),
          workspaceName,
          s.name(),
          s.slug(),
          s.description(),
          s.durationMinutes(),
          s.priceMinor(),
          s.currency(),
          s.availability().timeZone(),
          bookingUrl);
    }
  }

  /**
   * Free starts of a service; {@code local} is each start on the wall clock of {@code timeZone}
   * (the zone asked for, else the host's).
   */
  record SlotsView(
      String serviceId, String timeZone, Instant from, Instant to, List<SlotView> slots) {}

  record SlotView(Instant start, Instant end, String local) {}

  record BookingView(
      String id,
      String serviceId,
      String serviceName,
      String customerName,
      String customerEmail,
      String customerTimeZone,
      String notes,
      Instant startAt,
      Instant endAt,
      BookingStatus status,
      int sequence,
      String cancelledBy,
      Instant createdAt,
      Instant updatedAt,
      BookingProgress live) {

    static BookingView of(Booking b, BookingProgress live) {
      return new BookingView(
          b.id(),
          b.serviceId(),
          b.serviceName(),
          b.customerName(),
          b.customerEmail(),
          b.customerTimeZone(),
          b.notes(),
          b.startAt(),
          b.endAt(),
          b.status(),
          b.sequence(),
          b.cancelledBy(),
          b.createdAt(),
          b.updatedAt(),
          live);
    }
  }

  /** What the customer's signed link shows: their booking and where to book again. */
  record ManageView(
      String id,
      String workspaceName,
      String serviceId,
      String serviceName,
      int durationMinutes,
      String customerName,
      String customerTimeZone,
      Instant startAt,
      Instant endAt,
      BookingStatus status,
      boolean changeable,
      String bookingUrl) {}
}
