package com.mewayz.api.bookings;

import com.mewayz.api.bookings.BookingViews.BookRequest;
import com.mewayz.api.bookings.BookingViews.BookingView;
import com.mewayz.api.bookings.BookingViews.ServiceRequest;
import com.mewayz.api.bookings.BookingViews.ServiceView;
import com.mewayz.api.bookings.BookingViews.SlotsView;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The services a workspace offers, their free times, and bookings the owner makes for a customer.
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/booking/services")
class ServiceController {
  private final ServiceCatalog catalog;
  private final OwnerBookings bookings;

  ServiceController(ServiceCatalog catalog, OwnerBookings bookings) {
    this.catalog = catalog;
    this.bookings = bookings;
  }

  @GetMapping
  ApiResponse<PageResponse<ServiceView>> list(
      WorkspaceAccess access, @Valid PageRequestParams page) {
    return ApiResponse.ok(catalog.list(access, page));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<ServiceView> create(WorkspaceAccess access, @Valid @RequestBody ServiceRequest body) {
    return ApiResponse.ok(catalog.create(access, body), "Service created");
  }

  @GetMapping("/{serviceId}")
  ApiResponse<ServiceView> get(WorkspaceAccess access, @PathVariable String serviceId) {
    return ApiResponse.ok(catalog.get(access, serviceId));
  }

  @PutMapping("/{serviceId}")
  ApiResponse<ServiceView> update(
      WorkspaceAccess access,
      @PathVariable String serviceId,
      @Valid @RequestBody ServiceRequest body) {
    return ApiResponse.ok(catalog.update(access, serviceId, body), "Service saved");
  }

  @DeleteMapping("/{serviceId}")
  ApiResponse<Void> delete(WorkspaceAccess access, @PathVariable String serviceId) {
    catalog.delete(access, serviceId);
    return ApiResponse.ok(null, "Service deleted");
  }

  /** Free starts in {@code [from, to)}, by default the next 7 days, on {@code timeZone}'s clock. */
  @GetMapping("/{serviceId}/slots")
  ApiResponse<SlotsView> slots(
      WorkspaceAccess access,
      @PathVariable String serviceId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String timeZone) {
    return ApiResponse.ok(bookings.slots(access, serviceId, from, to, timeZone));
  }

  @PostMapping("/{serviceId}/bookings")
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<BookingView> book(
      WorkspaceAccess access,
      @PathVariable String serviceId,
      @Valid @RequestBody BookRequest body) {
    return ApiResponse.ok(bookings.book(access, serviceId, body), "Booked");
  }
}
