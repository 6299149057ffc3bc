package com.mewayz.api.bookings;

import com.mewayz.api.bookings.BookingViews.BookingView;
import com.mewayz.api.bookings.BookingViews.RescheduleRequest;
import com.mewayz.api.bookings.BookingViews.SlotsView;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.workflows.bookings.BookingStatus;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's bookings. Reschedule and cancel change the record and the held time at once, then
 * tell the booking's workflow, which mails the customer (409 when the booking can no longer
 * change).
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/booking/bookings")
class BookingController {
  private final OwnerBookings bookings;

  BookingController(OwnerBookings bookings) {
    this.bookings = bookings;
  }

  @GetMapping
  ApiResponse<PageResponse<BookingView>> list(
      WorkspaceAccess access,
      @RequestParam(required = false) BookingStatus status,
      @Valid PageRequestParams page) {
    return ApiResponse.ok(bookings.list(access, status, page));
  }

  @GetMapping("/{bookingId}")
  ApiResponse<BookingView> get(WorkspaceAccess access, @PathVariable String bookingId) {
    return ApiResponse.ok(bookings.get(access, bookingId));
  }

  /** Free starts to move the booking to; its own time counts as free. */
  @GetMapping("/{bookingId}/slots")
  ApiResponse<SlotsView> slots(
      WorkspaceAccess access,
      @PathVariable String bookingId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String timeZone) {
    return ApiResponse.ok(bookings.rescheduleSlots(access, bookingId, from, to, timeZone));
  }

  @PostMapping("/{bookingId}/reschedule")
  ApiResponse<BookingView> reschedule(
      WorkspaceAccess access,
      @PathVariable String bookingId,
      @Valid @RequestBody RescheduleRequest body) {
    return ApiResponse.ok(bookings.reschedule(access, bookingId, body.start()), "Booking moved");
  }

  @PostMapping("/{bookingId}/cancel")
  ApiResponse<BookingView> cancel(WorkspaceAccess access, @PathVariable String bookingId) {
    return ApiResponse.ok(bookings.cancel(access, bookingId), "Booking cancelled");
  }
}
