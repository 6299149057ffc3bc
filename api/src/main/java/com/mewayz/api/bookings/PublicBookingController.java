package com.mewayz.api.bookings;

import com.mewayz.api.bookings.BookingViews.BookRequest;
import com.mewayz.api.bookings.BookingViews.ManageView;
import com.mewayz.api.bookings.BookingViews.PublicServiceView;
import com.mewayz.api.bookings.BookingViews.RescheduleRequest;
import com.mewayz.api.bookings.BookingViews.SlotsView;
import com.mewayz.api.web.ApiResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's side, public and without an account: a published service's page (the workspace and
 * the service each by slug or id), its free times and booking; then the signed link of the mails,
 * which lets the customer move or cancel their booking. An unpublished service and a wrong
 * signature are 404s.
 */
@RestController
@RequestMapping("/api/booking/public")
class PublicBookingController {
  private final CustomerBookings customers;

  PublicBookingController(CustomerBookings customers) {
    this.customers = customers;
  }

  @GetMapping("/{workspace}/{serviceId}")
  ApiResponse<PublicServiceView> service(
      @PathVariable String workspace, @PathVariable String serviceId) {
    return ApiResponse.ok(customers.service(workspace, serviceId));
  }

  @GetMapping("/{workspace}/{serviceId}/slots")
  ApiResponse<SlotsView> slots(
      @PathVariable String workspace,
      @PathVariable String serviceId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String timeZone) {
    return ApiResponse.ok(customers.slots(workspace, serviceId, from, to, timeZone));
  }

  @PostMapping("/{workspace}/{serviceId}/bookings")
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<ManageView> book(
      @PathVariable String workspace,
      @PathVariable String serviceId,
      @Valid @RequestBody BookRequest body) {
    return ApiResponse.ok(
        customers.book(workspace, serviceId, body), "Booked: a confirmation is on its way");
  }

  @GetMapping("/manage/{token}")
  ApiResponse<ManageView> booking(@PathVariable String token) {
    return ApiResponse.ok(customers.booking(token));
  }

  @GetMapping("/manage/{token}/slots")
  ApiResponse<SlotsView> rescheduleSlots(
      @PathVariable String token,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String timeZone) {
    return ApiResponse.ok(customers.rescheduleSlots(token, from, to, timeZone));
  }

  @PostMapping("/manage/{token}/reschedule")
  ApiResponse<ManageView> reschedule(
      @PathVariable String token, @Valid @RequestBody RescheduleRequest body) {
    return ApiResponse.ok(customers.reschedule(token, body.start()), "Booking moved");
  }

  @PostMapping("/manage/{token}/cancel")
  ApiResponse<ManageView> cancel(@PathVariable String token) {
    return ApiResponse.ok(customers.cancel(token), "Booking cancelled");
  }
}
