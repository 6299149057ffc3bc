package com.mewayz.api.bookings;

import com.mewayz.api.bookings.BookingViews.BookRequest;
import com.mewayz.api.bookings.BookingViews.BookingView;
import com.mewayz.api.bookings.BookingViews.SlotsView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.bookings.BookableService;
import com.mewayz.domain.bookings.Booking;
import com.mewayz.domain.bookings.BookingRepository;
import com.mewayz.workflows.bookings.BookingStatus;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The owner's side of bookings: everything filtered by the caller's workspace. */
@Service
class OwnerBookings {
  private final BookingRepository bookings;
  private final ServiceCatalog catalog;
  private final BookingDesk desk;

  OwnerBookings(BookingRepository bookings, ServiceCatalog catalog, BookingDesk desk) {
    this.bookings = bookings;
    this.catalog = catalog;
    this.desk = desk;
  }

  SlotsView slots(
      WorkspaceAccess access, String serviceId, Instant from, Instant to, String timeZone) {
    return desk.slots(catalog.load(access, serviceId), from, to, timeZone, null);
  }

  BookingView book(WorkspaceAccess access, String serviceId, BookRequest body) {
    return BookingView.of(desk.book(catalog.load(access, serviceId), body), null);
  }

  /** Soonest first: a calendar reads forward. */
  PageResponse<BookingView> list(
      WorkspaceAccess access, BookingStatus status, PageRequestParams params) {
    PageRequest page =
        PageRequest.of(params.page(), params.size(), Sort.by(Sort.Direction.ASC, "startAt"));
    Page<Booking> found =
        status == null
            ? bookings.findByWorkspaceId(access.workspaceId(), page)
            : bookings.findByWorkspaceIdAndStatus(access.workspaceId(), status, page);
    return new PageResponse<>(
        found.getContent().stream().map(b -> BookingView.of(b, null)).toList(),
        params.page(),
        params.size(),
        found.getTotalElements());
  }

  BookingView get(WorkspaceAccess access, String bookingId) {
    Booking booking = load(access, bookingId);
    return BookingView.of(booking, desk.live(booking));
  }

  SlotsView rescheduleSlots(
      WorkspaceAccess access, String bookingId, Instant from, Instant to, String timeZone) {
    Booking booking = load(access, bookingId);
    return desk.slots(serviceOf(booking), from, to, timeZone, booking.id());
  }

  BookingView reschedule(WorkspaceAccess access, String bookingId, Instant start) {
    Booking booking = load(access, bookingId);
    Booking moved = desk.reschedule(booking, serviceOf(booking), start);
    return BookingView.of(moved, desk.live(moved));
  }

  BookingView cancel(WorkspaceAccess access, String bookingId) {
    return BookingView.of(desk.cancel(load(access, bookingId), "owner"), null);
  }

  private Booking load(WorkspaceAccess access, String bookingId) {
    return bookings
        .findByIdAndWorkspaceId(bookingId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Booking"));
  }

  private BookableService serviceOf(Booking booking) {
    return catalog.find(booking.serviceId()).orElseThrow(() -> ApiException.notFound("Service"));
  }
}
